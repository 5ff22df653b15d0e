package ingot.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ingot.classlib.gen.CharacterDataGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The checked-in java/lang/CharacterData.java is what CharacterDataGenerator writes from the host JDK. */
class CharacterDataTest {
    @Test
    void checkedInDataIsTheGeneratorsOutput() throws IOException {
        String checkedIn = new String(Files.readAllBytes(Paths.get("src", "main", "java", "java", "lang",
                "CharacterData.java")), StandardCharsets.UTF_8);
        assertEquals(CharacterDataGenerator.source(), checkedIn,
                "regenerate: java -cp target/test-classes ingot.classlib.gen.CharacterDataGenerator src/main/java");
    }
}
