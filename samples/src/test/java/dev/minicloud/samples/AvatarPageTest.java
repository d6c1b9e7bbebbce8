package dev.minicloud.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.miniprogram.PageInstance;
import dev.minicloud.emulator.miniprogram.WxCall;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MiniShop's avatar page: a picked photo goes from the phone straight to cloud storage, where the project's storage
 * rules ({@code security-rules.json}) let each user write only {@code avatars/<their openid>.png}.
 */
class AvatarPageTest extends PageTestSupport {
    private static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7, 7, 7};

    @BeforeEach
    void start() {
        start(EmulatorConfiguration.builder().addFunctionRoot(Path.of(MiniShop.FUNCTIONS)).addCollections("users"));
    }

    private MiniProgram phone(WxContext user) {
        return phone(MiniShop.MINIPROGRAM, user);
    }

    @Test
    void the_upload_lands_at_the_users_own_avatar_path() {
        MiniProgram alicesPhone = phone(ALICE).choose("IMG_0042.png", PHOTO);
        PageInstance page = alicesPhone.open("pages/avatar/avatar");

        page.call("onChooseAvatar");

        String fileID = env.storage().fileIdOf("avatars/o_alice.png");
        assertThat(page.data("fileID")).isEqualTo(fileID);
        assertThat(page.data("progress")).isEqualTo(100);
        assertThat(env.storage().downloadFile(fileID).fileContent()).isEqualTo(PHOTO);
        assertThat(alicesPhone.calls("showToast")).extracting(WxCall::options)
                .containsExactly(Map.of("title", "Avatar saved", "icon", "success"));
        page.call("onShowAvatar");
        assertThat(page.data("url")).asString().contains("/avatars/o_alice.png?sign=");
    }

    @Test
    void another_users_avatar_path_is_refused_and_their_avatar_stays() {
        phone(BOB).choose("bob.png", PHOTO).open("pages/avatar/avatar").call("onChooseAvatar");
        PageInstance alice = phone(ALICE).choose("not-bob.png", new byte[] {1, 2, 3}).open("pages/avatar/avatar");

        alice.call("uploadTo", "avatars/o_bob.png");

        assertThat(alice.data("error")).isEqualTo("cloud.uploadFile:fail -503002 storage permission denied");
        assertThat(alice.data("fileID")).isEqualTo("");
        assertThat(env.storage().downloadFile(env.storage().fileIdOf("avatars/o_bob.png")).fileContent())
                .isEqualTo(PHOTO);
        assertThat(env.storage().snapshot().cloudPaths()).containsExactly("avatars/o_bob.png");
    }

    @Test
    void a_cancelled_picker_uploads_nothing() {
        PageInstance page = phone(ALICE).open("pages/avatar/avatar");

        page.call("onChooseAvatar");

        assertThat(page.data("error")).isEqualTo("chooseImage:fail cancel");
        assertThat(env.storage().snapshot().cloudPaths()).isEmpty();
    }
}
