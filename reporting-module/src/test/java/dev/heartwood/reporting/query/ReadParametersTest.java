package dev.heartwood.reporting.query;

import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.reporting.api.CompletionSort;
import dev.heartwood.reporting.api.CpdRequestSort;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffStatus;
import dev.heartwood.reporting.api.TrustQuery;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

class ReadParametersTest {

    private static final UUID KNOWN_SCHOOL = UUID.fromString("3b4c2a10-0000-4000-8000-000000000001");

    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final QueryGateway queries = mock(QueryGateway.class);
    private final DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();

    {
        doReturn(CompletableFuture.completedFuture(Optional.empty())).when(queries)
                .query(any(SchoolQuery.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(Optional.empty())).when(queries)
                .query(any(TrustQuery.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(Optional.of(new SchoolView(KNOWN_SCHOOL, null, "Oakfield",
                "ACADEMY", 1)))).when(queries).query(eq(new SchoolQuery(new SchoolId(KNOWN_SCHOOL))),
                any(ResponseType.class));
    }

    @Test
    void pagesFromTheFirstAHundredRowsAtATimeUnlessAsked() throws Exception {
        assertThat(paging()).isEqualTo(new Paging(0, 100));

        request.setParameter("page", "3");
        request.setParameter("size", "1000");
        assertThat(paging()).isEqualTo(new Paging(3, 1000));
    }

    @Test
    void refusesAPageBeforeTheFirstAndASizeOverTheLargestNamingEach() {
        request.setParameter("page", "-1");
        request.setParameter("size", "1001");

        assertThatThrownBy(this::paging).isInstanceOfSatisfying(MethodArgumentNotValidException.class, invalid ->
                assertThat(invalid.getBindingResult().getFieldErrors()).extracting(FieldError::getField,
                                FieldError::getDefaultMessage)
                        .containsExactly(
                                tuple("page", "must be greater than or equal to 0"),
                                tuple("size", "must be less than or equal to 1000")));
    }

    @Test
    void refusesASizeOfNothingAndOneThatIsNoNumber() {
        request.setParameter("size", "0");
        assertThatThrownBy(this::paging).isInstanceOf(MethodArgumentNotValidException.class);

        request.setParameter("size", "ten");
        assertThatThrownBy(this::paging).isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class,
                mismatch -> assertThat(mismatch.getName()).isEqualTo("size"));
    }

    @Test
    void readsASortOrAStatusOnlyByTheWordItIsNamedBy() {
        assertThat(word("daysLate", CompletionSort.class)).isEqualTo(CompletionSort.DAYS_LATE);
        assertThat(word("requestedOn", CpdRequestSort.class)).isEqualTo(CpdRequestSort.REQUESTED_ON);
        assertThat(word("leavers", StaffStatus.class)).isEqualTo(StaffStatus.LEAVERS);

        assertThatThrownBy(() -> word("salary", CompletionSort.class)).isInstanceOf(TypeMismatchException.class)
                .hasRootCauseMessage("must be one of name, status, daysLate");
        assertThatThrownBy(() -> word("DAYS_LATE", CompletionSort.class)).as("the constant's own name")
                .isInstanceOf(TypeMismatchException.class);
        assertThatThrownBy(() -> word("Leavers", StaffStatus.class)).isInstanceOf(TypeMismatchException.class);
    }

    @Test
    void leavesTheOtherEnumsToSpring() {
        assertThat(word("ACADEMY", SchoolType.class)).isEqualTo(SchoolType.ACADEMY);
    }

    @Test
    void scopesAReportToASchoolTheDirectoryKnows() throws Exception {
        assertThat(scope(Map.of("schoolId", KNOWN_SCHOOL.toString()))).isEqualTo(ReportScope.school(KNOWN_SCHOOL));
    }

    @Test
    void refusesAnUnknownSchoolOrTrustWithItsOwnCode() {
        assertThatThrownBy(() -> scope(Map.of("schoolId", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        unknown -> assertThat(unknown.getErrorCode().code()).isEqualTo("school-not-found"));
        assertThatThrownBy(() -> scope(Map.of("trustId", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        unknown -> assertThat(unknown.getErrorCode().code()).isEqualTo("trust-not-found"));
    }

    @Test
    void refusesAnAddressWhoseSchoolIsNoIdentifier() {
        assertThatThrownBy(() -> scope(Map.of("schoolId", "oakfield")))
                .isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class,
                        mismatch -> assertThat(mismatch.getName()).isEqualTo("schoolId"));
    }

    @Test
    void wantsTheScopeReadLastSoThatMalformedParametersAreRefusedFirst() throws Exception {
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                Map.of("schoolId", KNOWN_SCHOOL.toString()));
        MethodParameter first = new MethodParameter(
                Endpoint.class.getDeclaredMethod("early", ReportScope.class, Paging.class), 0);

        assertThatThrownBy(() -> new ScopeParameter(new Answers(queries)).resolveArgument(first, null,
                new ServletWebRequest(request), new DefaultDataBinderFactory(null)))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Read as a request parameter is: by a binder the advice has prepared, over Spring's conversions. */
    private <T> T word(String text, Class<T> type) {
        WebDataBinder binder = new WebDataBinder(null);
        binder.setConversionService(conversions);
        new RequestWords().readByTheirWords(binder);
        return binder.convertIfNecessary(text, type);
    }

    private Paging paging() throws Exception {
        return new PagingParameter().resolveArgument(parameter(0), null, new ServletWebRequest(request), null);
    }

    private ReportScope scope(Map<String, String> variables) throws Exception {
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(conversions);
        return new ScopeParameter(new Answers(queries)).resolveArgument(parameter(1), null,
                new ServletWebRequest(request), new DefaultDataBinderFactory(initializer));
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        return new MethodParameter(Endpoint.class.getDeclaredMethod("list", Paging.class, ReportScope.class), index);
    }

    private static final class Endpoint {

        @SuppressWarnings("unused")
        void list(Paging paging, ReportScope scope) {
        }

        @SuppressWarnings("unused")
        void early(ReportScope scope, Paging paging) {
        }
    }
}
