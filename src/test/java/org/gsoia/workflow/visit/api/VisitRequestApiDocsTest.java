package org.gsoia.workflow.visit.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.security.UserDirectory;
import org.gsoia.workflow.visit.VisitRequests;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.configuration.SpringDocSpecPropertiesConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI description of the API as springdoc builds it from the controller's annotations and
 * {@code application.yaml} (that it is public is {@code VisitRequestApiIT}'s business).
 */
@WebMvcTest(VisitRequestApi.class)
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class,
        SpringDocSpecPropertiesConfiguration.class, SpringDocWebMvcConfiguration.class})
@WithMockUser
class VisitRequestApiDocsTest {

    private static final String PROBLEM = "content['application/problem+json']";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    VisitRequests requests;
    @MockitoBean
    UserDirectory users;
    @MockitoBean
    DualMarkingFormatter markings;

    @Test
    void everyOperationIsDocumentedWithItsProblemsAndHttpBasic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("GSOIA Workflow API"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.paths['/api/visit-requests'].get.security[0].basicAuth").exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests'].post.responses['400']." + PROBLEM).exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests'].post.responses['401']").exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests'].post.responses['403']").exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests'].get.responses['200']").exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests/{reference}'].get.responses['404']." + PROBLEM)
                        .exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests/{reference}'].put.responses['409']." + PROBLEM)
                        .exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests/{reference}/cancellation'].post.responses['204']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests/{reference}/cancellation'].post.responses['409']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/visit-requests/{reference}'].get.responses['409']").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.VisitRequestData.properties.visitors").exists())
                .andExpect(jsonPath("$.components.schemas.MarkedLevel.properties.dualMarking").exists())
                .andExpect(jsonPath("$.components.schemas.ApiProblem.properties.errors.items['$ref']")
                        .value("#/components/schemas/ApiFieldProblem"))
                .andExpect(jsonPath("$.components.schemas.ProblemDetail").doesNotExist());
    }
}
