package ru.nastavnik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of «Наставник»: the target mentoring model as a Camunda 7 process application. */
@SpringBootApplication
public class NastavnikApplication {

  public static void main(String[] args) {
    SpringApplication.run(NastavnikApplication.class, args);
  }
}
