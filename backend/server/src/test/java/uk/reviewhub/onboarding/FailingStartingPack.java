package uk.reviewhub.onboarding;

import jakarta.inject.Singleton;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.PackSource;
import uk.reviewhub.partnership.domain.PackExtension;

/**
 * For specs only: storing a pack whose partnership name contains {@link #MARKER} fails after the
 * partnership and its rows are written, as a fault half-way through provisioning would, so
 * OnboardingSpec can show that nothing of it is kept. Every other pack passes untouched.
 */
@Singleton
public class FailingStartingPack implements PackExtension {

    public static final String MARKER = "Provisioning Fails Here";

    @Override
    public int store(PackSource source, Pack pack) {
        if (pack.name().contains(MARKER)) {
            throw new IllegalStateException("Provisioning failed half-way (a spec says so)");
        }
        return 0;
    }
}
