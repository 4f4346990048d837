package nl.kwartier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KwartierApplication {

	public static void main(String[] args) {
		SpringApplication.run(KwartierApplication.class, args);
	}
}
