package ru.nastavnik.system;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (an address it cannot even parse, a request it refuses before any
 * servlet sees it) in Russian problem JSON instead of its English HTML with the server version.
 */
public class RussianErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      response.setContentType(Problems.CONTENT_TYPE);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(new String(Problems.bytes(Problems.body(status, RussianErrorController.titleOf(status),
            RussianErrorController.detailOf(status))), java.nio.charset.StandardCharsets.UTF_8));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the response is already committed: nothing more to tell it.
    }
  }
}
