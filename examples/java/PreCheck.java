// A Java portal calling `sme-dx-benchmark serve` (Java 11+, no library): one 申报书 in, its verdict and
// what to mend out. Run: java examples/java/PreCheck.java docs/examples/workshop.json http://127.0.0.1:8080
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PreCheck {
  public static void main(String[] args) throws Exception {
    String service = args.length > 1 ? args[1] : "http://127.0.0.1:8080";
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(service + "/v1/evaluate?compact=1&lang=zh"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(Path.of(args[0])))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    System.out.println("HTTP " + response.statusCode());
    // A real portal maps the body with Jackson or Gson (types from /openapi.json); here, the verdict.
    Matcher verdict = Pattern.compile("\"verdict\":\"([a-z-]+)\"").matcher(response.body());
    System.out.println("verdict: " + (verdict.find() ? verdict.group(1) : "?"));
    Matcher todo = Pattern.compile("\"todo\":\"([^\"]*)\"").matcher(response.body());
    while (todo.find()) System.out.println("补正: " + todo.group(1));
  }
}
