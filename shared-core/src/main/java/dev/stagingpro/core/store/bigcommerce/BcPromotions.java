package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.Promotions;
import dev.stagingpro.core.store.model.CouponCode;
import dev.stagingpro.core.store.model.Promotion;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** {@link Promotions} on the v3 promotions API (one promotion or code per write, bulk deletes). */
final class BcPromotions implements Promotions {
  static final int DELETE_BATCH = 50;
  static final int DELETE_CODES_BATCH = 250;
  private static final String PROMOTIONS = "/promotions";
  private static final String PROMOTION = PROMOTIONS + "/{id}";
  private static final String CODES = PROMOTIONS + "/{promotion_id}/codes";

  private final Wire wire;

  BcPromotions(Wire wire) {
    this.wire = wire;
  }

  @Override
  public Stream<Promotion> list(ListQuery query) {
    return wire.list(ApiRequest.get("v3", PROMOTIONS), query, Pager.Style.OFFSET, Promotion.class);
  }

  @Override
  public BatchResult<Promotion> create(List<Promotion> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v3", PROMOTIONS).withJson(batch.get(0).withId(null)),
            Promotion.class,
            Promotion::key,
            batch -> {
              Map<String, Promotion> found = new HashMap<>();
              for (Promotion draft : batch) {
                list(ListQuery.where("name", draft.name()))
                    .filter(p -> Objects.equals(p.key(), draft.key()))
                    .forEach(p -> found.putIfAbsent(p.key(), p));
              }
              return found;
            }));
  }

  @Override
  public BatchResult<Promotion> update(List<Promotion> promotions) {
    return wire.write(
        promotions,
        WriteSpec.update(
            1,
            batch -> ApiRequest.of("PUT", "v3", PROMOTION, batch.get(0).id()).withJson(batch.get(0).forUpdate()),
            Promotion.class,
            p -> NaturalKeys.id(p.id()),
            p -> NaturalKeys.id(p.id())));
  }

  @Override
  public BatchResult<Integer> delete(List<Integer> ids) {
    return wire.deleteByFilter(ids, DELETE_BATCH,
        batch -> ApiRequest.of("DELETE", "v3", PROMOTIONS).withQuery("id:in", BcProducts.join(batch)));
  }

  @Override
  public Stream<CouponCode> codes(int promotionId) {
    return wire.list(ApiRequest.get("v3", CODES, promotionId), ListQuery.all(), Pager.Style.CURSOR, CouponCode.class);
  }

  @Override
  public BatchResult<CouponCode> createCodes(int promotionId, List<CouponCode> codes) {
    return wire.write(
        codes,
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v3", CODES, promotionId).withJson(batch.get(0)),
            CouponCode.class,
            BcPromotions::codeKey,
            batch -> {
              Map<String, CouponCode> found = new HashMap<>();
              for (CouponCode draft : batch) {
                wire.list(ApiRequest.get("v3", CODES, promotionId), ListQuery.where("code", draft.code()),
                        Pager.Style.CURSOR, CouponCode.class)
                    .forEach(c -> found.putIfAbsent(codeKey(c), c));
              }
              return found;
            }));
  }

  /** Codes are unique in the store without regard to case. */
  private static String codeKey(CouponCode code) {
    return code.code() == null ? null : code.code().toLowerCase(Locale.ROOT);
  }

  @Override
  public BatchResult<Integer> deleteCodes(int promotionId, List<Integer> codeIds) {
    return wire.deleteByFilter(codeIds, DELETE_CODES_BATCH,
        batch -> ApiRequest.of("DELETE", "v3", CODES, promotionId).withQuery("id:in", BcProducts.join(batch)));
  }
}
