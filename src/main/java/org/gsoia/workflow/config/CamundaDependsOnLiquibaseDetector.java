package org.gsoia.workflow.config;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Liquibase builds Camunda's schema ({@code camunda.bpm.database.schema-update=false}), so the engine must
 * not be created before Liquibase has run: otherwise it fails with ENGINE-03057 "no Camunda tables".
 * Registered in {@code META-INF/spring.factories}.
 */
public class CamundaDependsOnLiquibaseDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class, ProcessEngine.class);
    }
}
