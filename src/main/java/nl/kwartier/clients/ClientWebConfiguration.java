package nl.kwartier.clients;

import java.util.List;
import nl.kwartier.audit.AuditLog;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets every handler of a client's page take an {@link OpenedClient}. */
@Configuration(proxyBeanMethods = false)
class ClientWebConfiguration implements WebMvcConfigurer {

	private final ClientAccess access;

	private final AuditLog log;

	ClientWebConfiguration(ClientAccess access, AuditLog log) {
		this.access = access;
		this.log = log;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new OpenedClientResolver(access, log));
	}
}
