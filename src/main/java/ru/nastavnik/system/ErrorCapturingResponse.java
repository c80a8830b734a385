package ru.nastavnik.system;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Passes successful responses through untouched and keeps the body of an error (status 400 and
 * above) aside, so that a filter can answer it in Russian instead. Only error bodies are buffered.
 */
final class ErrorCapturingResponse extends HttpServletResponseWrapper {

  /** Engine error bodies are small; anything larger is cut (it is replaced anyway). */
  private static final int MAX_CAPTURE = 64 * 1024;

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private int status = SC_OK;
  private boolean capturing;
  private ServletOutputStream stream;
  private PrintWriter writer;

  ErrorCapturingResponse(HttpServletResponse response) {
    super(response);
  }

  boolean isCapturing() {
    return capturing;
  }

  @Override
  public int getStatus() {
    return status;
  }

  String capturedBody() {
    if (writer != null) {
      writer.flush();
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    if (sc >= 400 && stream == null && writer == null) {
      capturing = true;
    } else if (!capturing) {
      super.setStatus(sc);
    }
  }

  @Override
  public void sendError(int sc) {
    sendError(sc, null);
  }

  @Override
  public void sendError(int sc, String msg) {
    status = sc;
    capturing = true;
    if (msg != null) {
      captured.writeBytes(("{\"message\":" + quoteJson(msg) + "}").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public void setContentLength(int len) {
    if (!capturing) super.setContentLength(len);
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!capturing) super.setContentLengthLong(len);
  }

  @Override
  public void setContentType(String type) {
    if (!capturing) super.setContentType(type);
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(capturing && isBodyHeader(name))) super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    if (!(capturing && isBodyHeader(name))) super.addHeader(name, value);
  }

  private static boolean isBodyHeader(String name) {
    return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name);
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!capturing) super.flushBuffer();
  }

  @Override
  public boolean isCommitted() {
    return !capturing && super.isCommitted();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!capturing) {
      return super.getOutputStream();
    }
    if (stream == null) {
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
          if (captured.size() < MAX_CAPTURE) captured.write(b);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          // Error bodies are written synchronously.
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!capturing) {
      return super.getWriter();
    }
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
    }
    return writer;
  }

  private static String quoteJson(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) out.append(' '); else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }
}
