package org.gsoia.workflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.UpdateSummaryEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.gsoia.workflow.agreement.calendar.ClosingPeriodRepository;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;

/**
 * Runs this package's changelogs on a real database, then lets Hibernate validate every entity of the package
 * against the result ({@code ddl-auto=validate}, Spring Boot's naming strategies) and reads the seed through the
 * Spring Data repositories — without a Spring context. Subclasses supply H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgreementSchemaContract {

    static final List<String> CHANGELOGS = List.of(
            "db/changelog/app/001-agreement-schema.yaml",
            "db/changelog/app/002-agreement-seed.yaml",
            "db/changelog/app/060-closing-days.yaml",
            "db/changelog/app/080-reader-names.yaml",
            // the FSC register's columns of the facility row (its history table belongs to clearance)
            "db/changelog/app/110-fsc-register.yaml");

    private static final String AGREEMENT = "JP-DE-2021";
    /** Held so that the level set on it is not lost when java.util.logging drops unreferenced loggers. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private SessionFactory sessionFactory;
    private EntityManager entityManager;
    private JpaRepositoryFactory repositories;

    /** A database with nothing of this package in it yet. */
    abstract DataSource dataSource() throws Exception;

    void stopDatabase() throws Exception {
    }

    @BeforeAll
    void migrateAndValidate() throws Exception {
        DataSource dataSource = dataSource();
        migrate(dataSource);
        sessionFactory = validatingSessionFactory(dataSource);
        entityManager = sessionFactory.createEntityManager();
        repositories = new JpaRepositoryFactory(entityManager);
    }

    @AfterAll
    void close() throws Exception {
        if (entityManager != null) {
            entityManager.close();
        }
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        stopDatabase();
    }

    private static void migrate(DataSource dataSource) throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            for (String changelog : CHANGELOGS) {
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                        .execute();
            }
        }
    }

    /** Building the session factory fails if any entity does not match its table. */
    private static SessionFactory validatingSessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new CamelCaseToUnderscoresNamingStrategy())
                .applySetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new SpringImplicitNamingStrategy())
                .build();
        MetadataSources sources = new MetadataSources(registry);
        entityClasses().forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    static List<Class<?>> entityClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        return scanner.findCandidateComponents(AgreementSchemaContract.class.getPackageName()).stream()
                .<Class<?>>map(definition -> load(definition.getBeanClassName()))
                .toList();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T repository(Class<T> type) {
        return repositories.getRepository(type);
    }

    private EquivalenceService equivalenceService() {
        return new EquivalenceService(repository(LevelEquivalenceRepository.class),
                repository(ClassificationLevelRepository.class),
                Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    @Test
    void everyEntityOfThePackageIsValidated() {
        assertThat(entityClasses()).extracting(Class::getSimpleName).containsExactlyInAnyOrder("Party", "Agreement",
                "Organisation", "CompetentAuthority", "Facility", "ClassificationLevel", "LevelEquivalence",
                "ClosingPeriod");
    }

    @Test
    void seedsTheOrganisationsOtherCodeRefersTo() {
        assertThat(repository(OrganisationRepository.class).findAll()).extracting(Organisation::getId)
                .contains("DE-BMI", "DE-BMWE", "DE-BAAINBW", "JP-MOFA", "JP-ATLA", "JP-CAS",
                        "DE-NORDWERK", "DE-RHEINTAL", "JP-SAKURA", "JP-MINATO");
        assertThat(repository(OrganisationRepository.class).findById("JP-SAKURA").orElseThrow().getNameNative())
                .isEqualTo("さくら航空宇宙株式会社");
    }

    @Test
    void partiesKeepTheirNativeNamesAndCalendars() {
        Party japan = repository(PartyRepository.class).findById("JP").orElseThrow();

        assertThat(japan.getNameNative()).isEqualTo("日本");
        assertThat(japan.getTimeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(japan.getLanguage()).isEqualTo(Locale.JAPANESE);
        assertThat(repository(AgreementRepository.class).findById(AGREEMENT).orElseThrow().counterpartOf("DE"))
                .isEqualTo("JP");
    }

    @Test
    void theConfiguredAgreementIsReadWithItsTitles() {
        Agreement current = new Agreements(repository(AgreementRepository.class), AGREEMENT).current();

        assertThat(current.title(Locale.JAPANESE)).isEqualTo("情報の保護に関する日本国政府とドイツ連邦共和国政府との間の協定");
        assertThat(current.title(Locale.GERMAN)).startsWith("Abkommen zwischen der Regierung von Japan");
        assertThat(current.title(Locale.FRENCH)).isEqualTo(current.getTitleEn());
        assertThat(current.getInForceFrom()).isEqualTo(LocalDate.of(2021, 3, 22));
    }

    @Test
    void levelsOfEachPartyInRankOrder() {
        ClassificationLevelRepository levels = repository(ClassificationLevelRepository.class);

        assertThat(levels.findByPartyCodeOrderByRankDesc("DE")).extracting(ClassificationLevel::getId)
                .containsExactly("DE-STRENG-GEHEIM", "DE-GEHEIM", "DE-VSV", "DE-VSNFD");
        assertThat(levels.findByPartyCodeOrderByRankDesc("JP")).extracting(ClassificationLevel::getId)
                .containsExactly("JP-TOKUTEI", "JP-GOKUHI", "JP-HI");
    }

    @Test
    void everyLevelHasAnAnswerForTheOtherParty() {
        EquivalenceTable table = equivalenceService().table(AGREEMENT);

        for (ClassificationLevel level : repository(ClassificationLevelRepository.class).findAll()) {
            String other = level.getPartyCode().equals("DE") ? "JP" : "DE";
            assertThat(table.equivalentOf(level, other, TODAY).status()).as(level.getId())
                    .isNotEqualTo(EquivalenceStatus.NOT_CONFIGURED);
        }
    }

    @Test
    void seededEquivalencesFollowTheDomainNote() {
        EquivalenceService service = equivalenceService();

        assertThat(service.equivalentOf(AGREEMENT, "DE-GEHEIM", "JP").levels()).extracting(ClassificationLevel::getId)
                .containsExactly("JP-GOKUHI", "JP-TOKUTEI");
        assertThat(service.equivalentOf(AGREEMENT, "JP-TOKUTEI", "DE").levels())
                .extracting(ClassificationLevel::getId).containsExactly("DE-GEHEIM");
        assertThat(service.equivalentOf(AGREEMENT, "JP-HI", "DE").levels()).extracting(ClassificationLevel::getId)
                .containsExactly("DE-VSV");
        assertThat(service.equivalentOf(AGREEMENT, "DE-STRENG-GEHEIM", "JP").blocksExchange()).isTrue();
        assertThat(service.equivalentOf(AGREEMENT, "DE-VSNFD", "JP").blocksExchange()).isTrue();
        assertThat(service.equivalentOf(AGREEMENT, "DE-GEHEIM", "JP", LocalDate.of(2021, 3, 21)).blocksExchange())
                .as("before entry into force").isTrue();
    }

    @Test
    void formatsDualMarkingsFromTheDatabaseWithALocalisedNoEquivalentText() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage(DualMarkingFormatter.NO_EQUIVALENT_KEY, Locale.GERMAN, "kein Äquivalent");
        DualMarkingFormatter formatter = new DualMarkingFormatter(equivalenceService(), messages);

        assertThat(formatter.format(AGREEMENT, "JP-GOKUHI", "DE", Locale.GERMAN))
                .isEqualTo("極秘 (Gokuhi) · JP — GEHEIM · DE");
        assertThat(formatter.format(AGREEMENT, "DE-STRENG-GEHEIM", "JP", Locale.GERMAN))
                .isEqualTo("STRENG GEHEIM · DE — kein Äquivalent · JP");
        assertThat(formatter.format(AGREEMENT, "DE-STRENG-GEHEIM", "JP", Locale.JAPANESE))
                .as("key missing for this locale").isEqualTo("STRENG GEHEIM · DE — no equivalent · JP");
    }

    @Test
    void facilitiesCarryALevelOfTheirOwnParty() {
        List<Facility> facilities = repository(FacilityRepository.class).findAll();

        assertThat(facilities).isNotEmpty().allSatisfy(facility -> assertThat(facility.getFscLevel())
                .hasValueSatisfying(level -> assertThat(level.getPartyCode()).isEqualTo(facility.getPartyCode())));
        assertThat(facilities).anySatisfy(facility -> assertThat(facility.hasValidFscOn(TODAY)).isFalse());
        assertThat(repository(FacilityRepository.class).findByOrganisationIdOrderById("JP-SAKURA"))
                .extracting(Facility::getId).containsExactly("JP-SAKURA-GIF", "JP-SAKURA-NGO");
    }

    @Test
    void findsWhoActsInARoleOnADay() {
        CompetentAuthorityRepository authorities = repository(CompetentAuthorityRepository.class);

        assertThat(authorities.findActing(AGREEMENT, "JP", AuthorityRole.VISIT_AUTHORITY, TODAY))
                .extracting(authority -> authority.getOrganisation().getId()).containsExactly("JP-ATLA");
        assertThat(authorities.findActing(AGREEMENT, "DE", AuthorityRole.NSA, TODAY))
                .extracting(authority -> authority.getOrganisation().getId()).containsExactly("DE-BMI");
        assertThat(authorities.findActing(AGREEMENT, "DE", AuthorityRole.NSA, LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void workingDayCalendarsComeFromThePartyTable() {
        WorkingDayCalendars calendars = new WorkingDayCalendars(repository(PartyRepository.class),
                repository(ClosingPeriodRepository.class));
        WorkingDayCalendar japan = calendars.forParty("JP");

        assertThat(japan.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(japan.isWorkingDay(LocalDate.of(2026, 5, 6))).isFalse();
        assertThat(calendars.forParty("JP")).isSameAs(japan);
        assertThat(calendars.forParty("DE").isWorkingDay(LocalDate.of(2026, 5, 6))).isTrue();
    }

    @Test
    void theAuthoritiesClosingDaysComeFromTheirTable() {
        WorkingDayCalendars calendars = new WorkingDayCalendars(repository(PartyRepository.class),
                repository(ClosingPeriodRepository.class));
        WorkingDayCalendar japan = calendars.forParty("JP");
        WorkingDayCalendar germany = calendars.forParty("DE");

        // Tue 29 Dec 2026 to Sun 3 Jan 2027: every day, weekend or holiday alike
        assertThat(japan.closingDays(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 3), LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 31));
        assertThat(japan.closingPeriodOn(LocalDate.of(2026, 12, 30)).orElseThrow().name(Locale.JAPANESE))
                .isEqualTo("年末年始の休日（行政機関の休日）");
        assertThat(germany.closingDays(2026)).containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
        assertThat(germany.closingPeriodOn(LocalDate.of(2026, 12, 24)).orElseThrow().getLegalBasis())
                .startsWith("TVöD § 6 Abs. 3");
    }

    @Test
    void rerunningTheChangelogsChangesNothing() {
        assertThatCode(() -> migrate(dataSource())).doesNotThrowAnyException();
        assertThat(repository(PartyRepository.class).count()).isEqualTo(2);
    }
}
