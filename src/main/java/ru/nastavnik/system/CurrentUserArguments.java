package ru.nastavnik.system;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place a web request's user is read: a controller method declares a {@link CurrentUser}
 * (or {@code Optional<CurrentUser>}) parameter and hands it to the service, which decides what that user may do. Nothing below the
 * controllers reads the request's user on its own (the architecture test keeps it so).
 */
@Configuration
class CurrentUserArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == CurrentUser.class
        || parameter.getParameterType() == Optional.class && parameter.nested().getNestedParameterType() == CurrentUser.class;
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
      WebDataBinderFactory binders) {
    // Optional<CurrentUser> for pages that also show to nobody (the login page), CurrentUser for the rest.
    return parameter.getParameterType() == Optional.class ? CurrentUser.current() : CurrentUser.require();
  }
}
