package nl.maakscan.advice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.*;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
import java.util.*;

class PanelDebugScratchTest {
    @Test
    void dump() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Questionnaire q = QuestionnaireLibrary.load(Locale.ENGLISH, List.of()).latest("productie-innovatiescan").orElseThrow();
        StringBuilder out = new StringBuilder();
        try (var s = Files.list(Path.of("src/test/resources/panel"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = yaml.readTree(f.toFile());
                JsonNode c = root.path("company");
                List<String> procs = new ArrayList<>(); c.path("processes").forEach(n -> procs.add(n.asText()));
                Company company = new Company("p", c.path("name").asText(), null, c.path("sector").asText(), c.path("employees").asInt(), procs, null, null);
                Map<String, Integer> pr = new LinkedHashMap<>(); root.path("priorities").properties().forEach(e -> pr.put(e.getKey(), e.getValue().asInt()));
                Map<String, LevelAnswer> ans = new LinkedHashMap<>();
                root.path("answers").properties().forEach(e -> { if (q.question(e.getKey()).isEmpty()) return; String v = e.getValue().asText();
                    ans.put(e.getKey(), v.equals("n/a") ? LevelAnswer.notApplicable() : v.equals("?") ? LevelAnswer.dontKnow() : LevelAnswer.level(e.getValue().asInt())); });
                Map<String, AdoptionAnswer> tech = new LinkedHashMap<>();
                root.path("technologies").properties().forEach(e -> tech.put(e.getKey(), "n/a".equals(e.getValue().asText()) ? AdoptionAnswer.irrelevant() : AdoptionAnswer.level(e.getValue().asInt())));
                Set<String> top = new HashSet<>(); root.path("expect").path("top").forEach(n -> top.add(n.asText()));
                Advice adv = Advice.of(q, new Assessment("x", "x", "x", null, pr, ans, tech, Map.of()), company);
                out.append("== ").append(f.getFileName()).append('\n');
                for (Recommendation r : adv.recommendations()) {
                    boolean exp = top.contains(r.technology().id());
                    if (r.rank() > 8 && !exp) continue;
                    out.append(String.format("%s%2d %-34s s=%.3f imp=%.1f gap=%.2f bn=%.2f rd=%.2f size=%.1f eff=%.2f bns=%s%n", exp ? "*" : " ", r.rank(), r.technology().id(), r.score(), r.impact(), r.gap(), r.bottleneck(), r.readiness(), r.sizeFit(), r.effort(),
                        r.bottlenecks().stream().map(b -> b.questionId() + "=" + b.level() + "x" + b.relieves()).toList()));
                }
            }
        }
        Files.writeString(Path.of("/tmp/scratch/panel-debug.txt"), out.toString());
    }
}
