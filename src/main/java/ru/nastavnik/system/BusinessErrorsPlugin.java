package ru.nastavnik.system;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Lets our Russian validation messages reach the user: a delegate or listener whose service
 * rejects the input rolls the whole step back (the task stays open, the process does not
 * start) and the engine's REST answers 400 (as for Camunda's own form field validation; 403
 * for access) with the message, which Tasklist shows. Delegates themselves stay free of this translation.
 */
@Component
public class BusinessErrorsPlugin extends AbstractProcessEnginePlugin {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BusinessErrorsPlugin.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    DelegateInterceptor delegate = configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(new Translating(delegate));
  }

  /** Wraps the engine's interceptor; public for process tests that install it by hand. */
  public static final class Translating implements DelegateInterceptor {

    private final DelegateInterceptor delegate;

    public Translating(DelegateInterceptor delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
      try {
        delegate.handleInvocation(invocation);
      } catch (BusinessRuleException | NotFoundException | ForbiddenException | ConflictException e) {
        LOG.info("Отказ по правилу ({}): {}", e.getClass().getSimpleName(), e.getMessage());
        throw translate(e);
      }
    }

    private static RuntimeException translate(RuntimeException refusal) {
      if (refusal instanceof BusinessRuleException e) {
        return new FormFieldValidationException(e.getField() == null ? "form" : e.getField(), e.getMessage(), e);
      }
      if (refusal instanceof ForbiddenException e) {
        return new AuthorizationException(e.getMessage());
      }
      if (refusal instanceof ConflictException e) {
        // Someone else did it first: to the engine (and its REST) this is a concurrent modification.
        return new OptimisticLockingException(e.getMessage());
      }
      return new FormFieldValidationException("form", refusal.getMessage(), refusal);
    }
  }
}
