package ru.nastavnik.system;

import org.apache.catalina.core.StandardHost;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat settings that decide what a client sees when a request is odd before any of our code
 * runs: an encoded slash ({@code %2F}) in an id reaches the application (which refuses it in
 * Russian) instead of Tomcat's English page, and Tomcat's own error pages are Russian JSON.
 */
@Configuration
class WebServerConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> russianTomcatErrors() {
    return factory -> {
      factory.addConnectorCustomizers(connector ->
          connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
      factory.addContextCustomizers(context -> {
        if (context.getParent() instanceof StandardHost host) {
          host.setErrorReportValveClass(RussianErrorReportValve.class.getName());
        }
      });
    };
  }
}
