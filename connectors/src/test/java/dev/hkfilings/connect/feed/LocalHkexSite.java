package dev.hkfilings.connect.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server in the exchange's shapes: the latest-announcements feed pages, the title search
 * servlet (double-encoded result, growing row ranges) and documents; answers can be scripted to fail first.
 */
public final class LocalHkexSite implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the site saw it. */
    public record Request(String pathAndQuery, String userAgent, long nanoTime, int status) {
    }

    /** A row of the listings. */
    public record Item(long newsId, String relTime, String path, String title, List<String[]> stocks, String t1Code, String t2Code) {
    }

    private final HttpServer server;
    private final Map<String, List<Item>> feeds = new ConcurrentHashMap<>();
    private final Map<LocalDate, List<Item>> searchByDay = new ConcurrentHashMap<>();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scriptedFailures = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalHkexSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sets the items of the feed of a board and language ({@code lci{board}1relsd{lang}_1.json}). */
    public void feed(String board, String language, List<Item> items) {
        feeds.put("/ncms/json/eds/lci" + board + "1relsd" + language + "_1.json", List.copyOf(items));
    }

    public void searchDay(LocalDate day, List<Item> items) {
        searchByDay.put(day, List.copyOf(items));
    }

    public void document(String path, byte[] content) {
        documents.put(path, content);
    }

    /** The next requests for the path are answered with these statuses, in order, before the real answer. */
    public void failFirst(String path, Integer... statuses) {
        scriptedFailures.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long requestsFor(String path) {
        return requests.stream().filter(r -> r.pathAndQuery().startsWith(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        int status;
        byte[] body;
        String type = "application/json";
        Deque<Integer> failures = scriptedFailures.get(path);
        Integer failure = failures == null ? null : failures.poll();
        if (failure != null) {
            status = failure;
            body = ("scripted " + failure).getBytes(StandardCharsets.UTF_8);
            type = "text/plain";
            if (failure == 429) {
                exchange.getResponseHeaders().add("Retry-After", "0");
            }
        } else if (feeds.containsKey(path)) {
            status = 200;
            body = feedJson(feeds.get(path));
        } else if (path.equals("/search/titleSearchServlet.do")) {
            status = 200;
            body = searchJson(query(uri));
        } else if (documents.containsKey(path)) {
            status = 200;
            body = documents.get(path);
            type = path.endsWith(".pdf") ? "application/pdf" : "text/html";
        } else {
            status = 404;
            body = "<html>not found</html>".getBytes(StandardCharsets.UTF_8);
            type = "text/html";
        }
        requests.add(new Request(uri.toString(), exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime(), status));
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] feedJson(List<Item> items) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("newsId", item.newsId());
            row.put("title", item.title());
            row.put("relTime", item.relTime());
            row.put("webPath", item.path());
            row.put("ext", item.path().substring(item.path().lastIndexOf('.') + 1));
            row.put("size", "12KB");
            row.put("lTxt", "Announcements and Notices - [Results of AGM]");
            row.put("sTxt", "Results of AGM");
            row.put("t1Code", item.t1Code());
            row.put("t2Code", item.t2Code());
            row.put("market", "SEHK");
            List<Map<String, String>> stocks = new ArrayList<>();
            for (String[] stock : item.stocks()) {
                stocks.add(Map.of("sc", stock[0], "sn", stock[1]));
            }
            row.put("stock", stocks);
            list.add(row);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("genDate", System.currentTimeMillis());
        root.put("maxNumOfFile", 1);
        root.put("newsInfoLst", list);
        return JSON.writeValueAsBytes(root);
    }

    private byte[] searchJson(Map<String, String> query) throws IOException {
        LocalDate from = LocalDate.parse(query.get("fromDate"), DateTimeFormatter.BASIC_ISO_DATE);
        LocalDate to = LocalDate.parse(query.get("toDate"), DateTimeFormatter.BASIC_ISO_DATE);
        int rowRange = Integer.parseInt(query.getOrDefault("rowRange", "100"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LocalDate day = to; !day.isBefore(from); day = day.minusDays(1)) {
            for (Item item : searchByDay.getOrDefault(day, List.of())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("NEWS_ID", String.valueOf(item.newsId()));
                row.put("STOCK_CODE", String.join("<br/>", item.stocks().stream().map(s -> s[0]).toList()));
                row.put("STOCK_NAME", String.join("<br/>", item.stocks().stream().map(s -> s[1]).toList()));
                row.put("TITLE", item.title());
                row.put("DATE_TIME", item.relTime());
                row.put("FILE_LINK", item.path());
                row.put("FILE_TYPE", "PDF");
                row.put("FILE_INFO", "12KB");
                row.put("SHORT_TEXT", "Results of AGM");
                row.put("LONG_TEXT", "Announcements and Notices - [Results of AGM]");
                rows.add(row);
            }
        }
        int total = rows.size();
        List<Map<String, Object>> loaded = rows.subList(0, Math.min(rowRange, total));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("result", JSON.writeValueAsString(loaded));
        root.put("hasNextRow", total > rowRange);
        root.put("rowRange", rowRange);
        root.put("loadedRecord", loaded.size());
        root.put("recordCnt", total);
        return JSON.writeValueAsBytes(root);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                out.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
