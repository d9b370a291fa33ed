package nl.maakscan.app;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class AppIconTest {

    @Test
    void theWindowIconIsInTheJarAtEverySize() throws Exception {
        for (int size : AppIcon.SIZES) {
            try (InputStream png = AppIcon.class.getResourceAsStream("icons/maakscan-" + size + ".png")) {
                assertThat(png).as("icon %d", size).isNotNull();
                BufferedImage image = ImageIO.read(png);
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
            }
        }
    }
}
