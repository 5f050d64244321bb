package org.gsoia.workflow.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Makes each request known to {@code RequestContextHolder} from the first filter on, before Spring Security's login
 * filters run, so that logins know the client's address ({@link ClientAddress}) and whether they came through the
 * login page. Spring Boot's own such filter is absent in this application (a library's MVC configuration replaces
 * Spring MVC's auto-configuration, which would register it); tests through MockMvc did not notice, because MockMvc
 * sets the request context itself.
 */
@Configuration
class RequestContextConfig {

    @Bean
    FilterRegistrationBean<RequestContextFilter> clientRequestContextFilter() {
        var registration = new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 105);
        return registration;
    }
}
