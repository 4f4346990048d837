package nl.kwartier.platform.web;

/** Someone chose the language Kwartier speaks to him ({@code nl} or {@code en}). */
public record LanguageChosen(String language) {
}
