package dev.stagingpro.core.migrate;

import static dev.stagingpro.core.manifest.Entity.*;

import dev.stagingpro.core.manifest.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency map of the product brief: migrating an entity first migrates what it refers to,
 * so references can be re-resolved on the destination. {@link #resolve} pulls dependencies in,
 * transitively, and orders everything so each entity comes after what it needs.
 */
public final class EntityDependencies {
  private static final Map<Entity, List<Entity>> DIRECT = new EnumMap<>(Entity.class);

  static {
    DIRECT.put(PRODUCTS, List.of(BRANDS, CATEGORIES));
    DIRECT.put(PRODUCT_REVIEWS, List.of(BRANDS, CATEGORIES, PRODUCTS));
    DIRECT.put(BULK_PRICING_RULES, List.of(PRODUCTS));
    DIRECT.put(CHANNEL_ASSIGNMENTS, List.of(PRODUCTS));
    DIRECT.put(PRODUCT_LOCALE, List.of(PRODUCTS));
    DIRECT.put(CATEGORY_METAFIELDS, List.of(CATEGORIES));
    DIRECT.put(PRICE_LIST_RECORDS, List.of(BRANDS, CATEGORIES, PRODUCTS, PRICE_LISTS));
    DIRECT.put(PRICE_LIST_ASSIGNMENTS, List.of(PRICE_LISTS, CUSTOMER_GROUPS));
    DIRECT.put(CUSTOMERS, List.of(CUSTOMER_GROUPS));
    DIRECT.put(SHIPPING_METHODS, List.of(SHIPPING_ZONES));
    DIRECT.put(PROMOTIONS, List.of(BRANDS, CATEGORIES, PRODUCTS, CUSTOMER_GROUPS, SHIPPING_ZONES));
    // Not in the brief's table: orders name products and customers, so they come first too.
    DIRECT.put(ORDERS, List.of(PRODUCTS, CUSTOMERS));
    DIRECT.put(B2B_COMPANIES, List.of(CUSTOMER_GROUPS, PRICE_LISTS));
    DIRECT.put(B2B_ADDRESSES, List.of(B2B_COMPANIES));
    DIRECT.put(B2B_USERS, List.of(CUSTOMERS, B2B_COMPANIES));
    DIRECT.put(B2B_ORDERS, List.of(ORDERS, B2B_COMPANIES));
    DIRECT.put(B2B_SUPER_ADMINS, List.of(B2B_COMPANIES));
    DIRECT.put(B2B_QUOTES, List.of(PRODUCTS, ORDERS, B2B_ORDERS));
    DIRECT.put(B2B_SHOPPING_LISTS, List.of(B2B_COMPANIES, B2B_USERS));
    DIRECT.put(B2B_INVOICES, List.of(PRODUCTS, ORDERS, B2B_COMPANIES));
  }

  private EntityDependencies() {}

  /** What {@code entity} needs migrated first (directly). */
  public static List<Entity> directDependencies(Entity entity) {
    return DIRECT.getOrDefault(entity, List.of());
  }

  /**
   * The requested entities plus everything they pull in, in migration order, and for each
   * pulled-in entity which requested entities pulled it in (for the plan to show).
   */
  public static Resolved resolve(Collection<Entity> requested) {
    Set<Entity> all = EnumSet.noneOf(Entity.class);
    Map<Entity, Set<Entity>> pulledInBy = new EnumMap<>(Entity.class);
    for (Entity entity : requested) {
      collect(entity, entity, requested, all, pulledInBy);
    }
    List<Entity> order = new ArrayList<>();
    Set<Entity> placed = EnumSet.noneOf(Entity.class);
    // Enum order is the tie-break, so the same request always gives the same order.
    for (Entity entity : all) {
      place(entity, placed, order);
    }
    Map<Entity, Set<Entity>> pulled = new LinkedHashMap<>();
    order.stream().filter(pulledInBy::containsKey).forEach(e -> pulled.put(e, Set.copyOf(pulledInBy.get(e))));
    return new Resolved(List.copyOf(order), Map.copyOf(pulled));
  }

  private static void collect(Entity entity, Entity root, Collection<Entity> requested, Set<Entity> all, Map<Entity, Set<Entity>> pulledInBy) {
    all.add(entity);
    for (Entity dependency : directDependencies(entity)) {
      if (!requested.contains(dependency)) {
        pulledInBy.computeIfAbsent(dependency, k -> EnumSet.noneOf(Entity.class)).add(root);
      }
      collect(dependency, root, requested, all, pulledInBy);
    }
  }

  private static void place(Entity entity, Set<Entity> placed, List<Entity> order) {
    if (placed.contains(entity)) {
      return;
    }
    for (Entity dependency : directDependencies(entity)) {
      place(dependency, placed, order);
    }
    placed.add(entity);
    order.add(entity);
  }

  /**
   * @param order every entity to migrate, dependencies first
   * @param pulledInBy for entities not requested: the requested entities that need them
   */
  public record Resolved(List<Entity> order, Map<Entity, Set<Entity>> pulledInBy) {
    public boolean wasPulledIn(Entity entity) {
      return pulledInBy.containsKey(entity);
    }
  }
}
