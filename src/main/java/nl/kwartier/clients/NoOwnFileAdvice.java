package nl.kwartier.clients;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

@ControllerAdvice
class NoOwnFileAdvice {

	@ExceptionHandler(NoOwnFile.class)
	@ResponseStatus(HttpStatus.OK)
	String noOwnFile() {
		return "clients/no-own-file";
	}
}
