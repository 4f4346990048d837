package nl.kwartier.platform.web.submission;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh submission key to every form that does not use GET, the way Spring Security adds
 * the CSRF token (whose processor this wraps): Thymeleaf asks for the action of each
 * {@code th:action} form first and then for its extra hidden fields.
 */
final class SubmissionKeyField implements RequestDataValueProcessor {

	private static final String POSTING = SubmissionKeyField.class.getName() + ".POSTING";

	private final RequestDataValueProcessor delegate;

	SubmissionKeyField(RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, @Nullable String httpMethod) {
		request.setAttribute(POSTING, httpMethod != null && !"GET".equalsIgnoreCase(httpMethod));
		return delegate.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
			String type) {
		return delegate.processFormFieldValue(request, name, value, type);
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		boolean posting = Boolean.TRUE.equals(request.getAttribute(POSTING));
		request.removeAttribute(POSTING);
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, String> others = delegate.getExtraHiddenFields(request);
		if (others != null) {
			fields.putAll(others);
		}
		if (posting) {
			fields.put(SubmissionKey.FIELD, SubmissionKey.fresh());
		}
		return fields;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return delegate.processUrl(request, url);
	}
}
