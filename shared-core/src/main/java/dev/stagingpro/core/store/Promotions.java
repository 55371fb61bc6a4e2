package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.CouponCode;
import dev.stagingpro.core.store.model.Promotion;
import java.util.List;
import java.util.stream.Stream;

/**
 * Promotions and their coupon codes, written whole: a promotion is created or updated with all its
 * rules, notifications and eligibility in one request, and a coupon promotion's codes follow it.
 * Promotions match by name + redemption type ({@link Promotion#key()}), codes by {@code code}.
 */
public interface Promotions {
  /**
   * Promotions page by page. Filters: {@code id}, {@code name}, {@code code}, {@code currency_code},
   * {@code redemption_type} ({@code automatic}/{@code coupon}), {@code status}, {@code channels},
   * {@code query}.
   */
  Stream<Promotion> list(ListQuery query);

  /** One request each; duplicate-safe by name and redemption type. */
  BatchResult<Promotion> create(List<Promotion> drafts);

  /** Replaces promotions by id, whole (redemption and coupon type cannot change). */
  BatchResult<Promotion> update(List<Promotion> promotions);

  /**
   * Deletes promotions 50 per request. The store refuses promotions that still have codes: delete
   * those first ({@link #deleteCodes}).
   */
  BatchResult<Integer> delete(List<Integer> ids);

  /** A coupon promotion's codes, page by page (cursor). */
  Stream<CouponCode> codes(int promotionId);

  /** Adds codes to a coupon promotion, one request each; duplicate-safe by code. */
  BatchResult<CouponCode> createCodes(int promotionId, List<CouponCode> codes);

  /** Deletes codes of a promotion by id, 250 per request. */
  BatchResult<Integer> deleteCodes(int promotionId, List<Integer> codeIds);
}
