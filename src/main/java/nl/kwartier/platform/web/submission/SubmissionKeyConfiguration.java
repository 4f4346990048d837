package nl.kwartier.platform.web.submission;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

@Configuration(proxyBeanMethods = false)
class SubmissionKeyConfiguration {

	/** The bean name under which Spring MVC (and Thymeleaf) looks up the processor of form fields. */
	static final String PROCESSOR = "requestDataValueProcessor";

	/**
	 * Spring Security registers its CSRF processor under that one name; the key field wraps it, so
	 * every posting form gets both the CSRF token and a submission key.
	 */
	@Bean
	static BeanPostProcessor submissionKeyOnEveryPostingForm() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return PROCESSOR.equals(name) && bean instanceof RequestDataValueProcessor processor
						&& !(bean instanceof SubmissionKeyField) ? new SubmissionKeyField(processor) : bean;
			}
		};
	}
}
