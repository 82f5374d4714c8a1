package org.journeymaps.rest.structure;

import java.util.List;

/** Body of {@code PUT …/order}: every id of the kind, in the new order. */
public record OrderRequest(List<Long> ids) {
}
