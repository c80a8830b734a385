# Builds and runs «Наставник» (used by docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/nastavnik-*.jar /app/nastavnik.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/nastavnik.jar"]
