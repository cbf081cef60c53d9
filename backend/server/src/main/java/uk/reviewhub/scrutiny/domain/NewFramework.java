package uk.reviewhub.scrutiny.domain;

import java.util.List;

/** A new version of the framework, before it is stored. */
public record NewFramework(String name, String guidance, List<Framework.Domain> domains, Integer basedOnVersion) {
}
