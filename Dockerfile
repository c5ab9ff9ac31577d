# The newsflow launcher as an image. Build the jar first: ./mvnw package -DskipTests
FROM eclipse-temurin:17-jre
WORKDIR /opt/newsflow
COPY app/target/lib/ lib/
COPY app/target/newsflow.jar newsflow.jar
ENTRYPOINT ["java", "-jar", "/opt/newsflow/newsflow.jar"]
