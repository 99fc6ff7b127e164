package dev.hkfilings.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.CompanyPolls;
import dev.hkfilings.avro.CompanySummary;
import dev.hkfilings.avro.EsgKpiState;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgePositionState;
import dev.hkfilings.avro.SharePledge;
import dev.hkfilings.cli.AvroJson;
import dev.hkfilings.http.ApiException;
import dev.hkfilings.http.ApiExchange;
import dev.hkfilings.http.Handler;
import dev.hkfilings.http.Router;
import dev.hkfilings.http.Routes;
import dev.hkfilings.state.Folds;
import dev.hkfilings.state.StateStores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The company routes on the state stores. A company's routes are answered by the instance that holds its
 * partition (forwarded there when that is another instance); the market-wide routes merge every instance's part.
 * Events come from the {@code company-events} store (every event of the company, keyed by announcement), not by
 * reading {@code hkex.company.<code>}: a local range scan answers in milliseconds, a topic read would not.
 */
final class CompanyRoutes implements Routes {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern CODE = Pattern.compile("\\d{1,5}");
    /** Asks an instance for its own part only, when merging. */
    static final String LOCAL_SCOPE = "scope=local";

    private final StateQueries state;
    private final Forwarder forwarder;

    CompanyRoutes(ApiContext context) {
        this.state = new StateQueries(context.streams(), context.self());
        this.forwarder = new Forwarder(context.self());
    }

    @Override
    public void register(Router router) {
        router.get("/api/companies", this::companies)
                .get("/api/companies/{code}", owned(this::summary))
                .get("/api/companies/{code}/events", owned(this::events))
                .get("/api/companies/{code}/pledges", owned(this::pledges))
                .get("/api/companies/{code}/polls", owned(this::polls))
                .get("/api/companies/{code}/esg", owned(this::esg))
                .get("/api/pledges/top", this::topPledged);
    }

    @FunctionalInterface
    private interface CompanyHandler {
        void handle(ApiExchange ex, String code) throws Exception;
    }

    /** Validates the code, then answers here or forwards to the instance that holds the company. */
    private Handler owned(CompanyHandler local) {
        return ex -> {
            String code = stockCode(ex.pathParam("code"));
            HostInfo owner = state.ownerOf(code);
            if (!state.isSelf(owner)) {
                forwarder.forward(owner, ex);
                return;
            }
            ex.responseHeader(Forwarder.SERVED_BY, Forwarder.address(state.self()));
            local.handle(ex, code);
        };
    }

    static String stockCode(String raw) {
        if (raw == null || !CODE.matcher(raw).matches()) {
            throw ApiException.badRequest("'" + raw + "' is not a stock code (one to five digits, e.g. 00700)");
        }
        return "0".repeat(5 - raw.length()) + raw;
    }

    private CompanySummary requireSummary(String code) {
        CompanySummary s = state.<CompanySummary>get(StateStores.COMPANY_SUMMARY, code);
        if (s == null) {
            throw ApiException.notFound("no announcements of company " + code + " have been processed");
        }
        return s;
    }

    private void summary(ApiExchange ex, String code) throws Exception {
        ex.json(AvroJson.toJson(requireSummary(code)));
    }

    private void events(ApiExchange ex, String code) throws Exception {
        Optional<AnnouncementType> type = ex.query("type").map(CompanyRoutes::type);
        Optional<Instant> from = ex.query("from").map(v -> instant("from", v, false));
        Optional<Instant> to = ex.query("to").map(v -> instant("to", v, true));
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiException.badRequest("from (" + from.get() + ") is after to (" + to.get() + ")");
        }
        int limit = intParam(ex, "limit", 100, 1, 10_000);
        requireSummary(code);
        List<AnnouncementEvent> events = new ArrayList<>();
        for (AnnouncementEvent e : state.<AnnouncementEvent>companyRows(StateStores.COMPANY_EVENTS, code)) {
            Instant when = Folds.when(e);
            if (type.map(t -> t == e.getType()).orElse(true)
                    && from.map(f -> !when.isBefore(f)).orElse(true)
                    && to.map(t -> when.isBefore(t)).orElse(true)) {
                events.add(e);
            }
        }
        events.sort(Comparator.comparing(Folds::when).reversed().thenComparing(AnnouncementEvent::getAnnouncementId));
        ObjectNode body = F.objectNode();
        body.put("stockCode", code);
        body.put("total", events.size());
        ArrayNode arr = body.putArray("events");
        events.stream().limit(limit).forEach(e -> arr.add(AvroJson.toJson(e)));
        ex.json(body);
    }

    private void pledges(ApiExchange ex, String code) throws Exception {
        CompanySummary summary = requireSummary(code);
        ObjectNode body = F.objectNode();
        body.put("stockCode", code);
        body.set("controllingPercentOfCapitalPledged", F.numberNode(summary.getControllingPercentOfCapitalPledged()));
        body.set("totalPercentOfCapitalPledged", F.numberNode(summary.getTotalPercentOfCapitalPledged()));
        ArrayNode positions = body.putArray("positions");
        state.<PledgePositionState>companyRows(StateStores.PLEDGE_POSITIONS, code)
                .forEach(p -> positions.add(AvroJson.toJson(p)));
        // the history for a chart: every disclosed position, oldest announcement first
        List<AnnouncementEvent> pledges = new ArrayList<>();
        for (AnnouncementEvent e : state.<AnnouncementEvent>companyRows(StateStores.COMPANY_EVENTS, code)) {
            if (e.getPayload() instanceof SharePledge) {
                pledges.add(e);
            }
        }
        pledges.sort(Comparator.comparing(Folds::when).thenComparing(AnnouncementEvent::getAnnouncementId));
        ArrayNode history = body.putArray("history");
        for (AnnouncementEvent e : pledges) {
            for (PledgePosition p : ((SharePledge) e.getPayload()).getPositions()) {
                ObjectNode h = history.addObject();
                h.put("announcementId", e.getAnnouncementId());
                h.put("publishedAt", Folds.when(e).toString());
                h.put("shareholder", p.getShareholder());
                h.set("sharesPledged", F.numberNode(p.getPledgedAfter()));
                h.set("percentOfHoldingPledged", F.numberNode(p.getPercentOfHoldingPledged()));
                h.set("percentOfCapitalPledged", F.numberNode(p.getPercentOfCapitalPledged()));
            }
        }
        ex.json(body);
    }

    private void polls(ApiExchange ex, String code) throws Exception {
        requireSummary(code);
        CompanyPolls polls = state.<CompanyPolls>get(StateStores.POLL_RESULTS, code);
        if (polls == null) {
            throw ApiException.notFound("no poll results of company " + code + " have been processed");
        }
        ex.json(AvroJson.toJson(polls));
    }

    private void esg(ApiExchange ex, String code) throws Exception {
        requireSummary(code);
        Optional<Integer> year = ex.query("year").map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("year '" + v + "' is not a year");
            }
        });
        ObjectNode body = F.objectNode();
        body.put("stockCode", code);
        ArrayNode kpis = body.putArray("kpis");
        for (EsgKpiState k : state.<EsgKpiState>companyRows(StateStores.ESG_KPIS, code)) {
            if (year.map(y -> y == k.getYear()).orElse(true)) {
                kpis.add(AvroJson.toJson(k));
            }
        }
        ex.json(body);
    }

    private void companies(ApiExchange ex) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (CompanySummary s : state.<CompanySummary>allLocal(StateStores.COMPANY_SUMMARY)) {
            rows.add(listing(s));
        }
        if (!isLocalScope(ex)) {
            for (HostInfo other : state.others()) {
                forwarder.getJson(other, "/api/companies?" + LOCAL_SCOPE).get("companies").forEach(rows::add);
            }
        }
        rows.sort(Comparator.comparing(n -> n.get("stockCode").asText()));
        ObjectNode body = F.objectNode();
        body.put("total", rows.size());
        if (isLocalScope(ex)) {
            // the merging instance pages the merged list
            body.putArray("companies").addAll(rows);
        } else {
            // the whole market is some 2,600 issuers: a page at a time, by stock code
            int offset = intParam(ex, "offset", 0, 0, Integer.MAX_VALUE);
            int limit = intParam(ex, "limit", DEFAULT_COMPANIES_PAGE, 1, MAX_COMPANIES_PAGE);
            List<JsonNode> page = rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
            body.put("offset", offset);
            body.put("limit", limit);
            if (offset + page.size() < rows.size()) {
                body.put("nextOffset", offset + page.size());
            } else {
                body.putNull("nextOffset");
            }
            body.putArray("companies").addAll(page);
        }
        ex.json(body);
    }

    private static final int DEFAULT_COMPANIES_PAGE = 1_000;
    private static final int MAX_COMPANIES_PAGE = 5_000;

    private static ObjectNode listing(CompanySummary s) {
        ObjectNode n = F.objectNode();
        n.put("stockCode", s.getStockCode());
        n.put("companyNameEn", s.getCompanyNameEn());
        n.put("companyNameZh", s.getCompanyNameZh());
        n.set("counts", AvroJson.toJson(s).get("counts"));
        n.set("controllingPercentOfCapitalPledged", F.numberNode(s.getControllingPercentOfCapitalPledged()));
        n.set("totalPercentOfCapitalPledged", F.numberNode(s.getTotalPercentOfCapitalPledged()));
        Instant latest = s.getLatest().stream().map(l -> l.getPublishedAt()).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        n.put("latestPublishedAt", latest == null ? null : latest.toString());
        return n;
    }

    private void topPledged(ApiExchange ex) throws Exception {
        String by = ex.query("by").orElse("capital").toLowerCase(Locale.ROOT);
        String field = switch (by) {
            case "capital" -> "totalPercentOfCapitalPledged";
            case "controlling" -> "controllingPercentOfCapitalPledged";
            default -> throw ApiException.badRequest("by must be capital or controlling, not '" + by + "'");
        };
        int limit = intParam(ex, "limit", 10, 1, 1000);
        List<JsonNode> rows = new ArrayList<>();
        for (CompanySummary s : state.<CompanySummary>allLocal(StateStores.COMPANY_SUMMARY)) {
            if (s.getTotalPercentOfCapitalPledged() != null) {
                rows.add(listing(s));
            }
        }
        if (!isLocalScope(ex)) {
            for (HostInfo other : state.others()) {
                forwarder.getJson(other, "/api/pledges/top?by=" + by + "&limit=" + limit + "&" + LOCAL_SCOPE)
                        .get("companies").forEach(rows::add);
            }
        }
        rows.removeIf(n -> n.get(field) == null || n.get(field).isNull());
        rows.sort(Comparator.comparingDouble((JsonNode n) -> n.get(field).asDouble()).reversed()
                .thenComparing(n -> n.get("stockCode").asText()));
        ObjectNode body = F.objectNode();
        body.put("by", by);
        body.putArray("companies").addAll(rows.subList(0, Math.min(limit, rows.size())));
        ex.json(body);
    }

    private static boolean isLocalScope(ApiExchange ex) {
        return ex.query("scope").map("local"::equals).orElse(false);
    }

    private static AnnouncementType type(String v) {
        try {
            return AnnouncementType.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("type must be one of pledge, poll, esg, other, not '" + v + "'");
        }
    }

    /** An ISO date (a whole day: from its start, to its end) or an ISO instant. */
    static Instant instant(String name, String v, boolean endOfDay) {
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " '" + v + "' is neither a date (2025-01-31) nor an instant (2025-01-31T09:00:00Z)");
        }
    }

    private static int intParam(ApiExchange ex, String name, int dflt, int min, int max) {
        Optional<String> v = ex.query(name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " '" + v.get() + "' is not a number");
        }
    }
}
