package ru.nastavnik.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A mail server just good enough for a test: it answers SMTP and keeps every message it takes. */
final class FakeSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final Thread thread;

  FakeSmtpServer() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread = new Thread(this::serve, "fake-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  List<String> messages() {
    return messages;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // closed
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8), true);
    out.print("220 fake\r\n");
    out.flush();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase();
      if (command.startsWith("DATA")) {
        out.print("354 go on\r\n");
        out.flush();
        StringBuilder message = new StringBuilder();
        while ((line = in.readLine()) != null && !line.equals(".")) {
          message.append(line).append('\n');
        }
        messages.add(message.toString());
        out.print("250 taken\r\n");
      } else if (command.startsWith("QUIT")) {
        out.print("221 bye\r\n");
        out.flush();
        return;
      } else {
        out.print("250 ok\r\n");
      }
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
