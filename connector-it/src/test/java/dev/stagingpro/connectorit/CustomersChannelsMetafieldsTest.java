package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.connectorit.support.SandboxConnection;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.MetafieldOwner;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreConnectors;
import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.Customer;
import dev.stagingpro.core.store.model.CustomerAddress;
import dev.stagingpro.core.store.model.CustomerAuthentication;
import dev.stagingpro.core.store.model.CustomerGroup;
import dev.stagingpro.core.store.model.Metafield;
import dev.stagingpro.core.store.model.Site;
import dev.stagingpro.sandbox.ApiAccount;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomersChannelsMetafieldsTest {
  private final SandboxConnection sandbox = new SandboxConnection();
  private final StoreConnector connector = sandbox.connect();

  @AfterEach
  void close() {
    connector.close();
    sandbox.close();
    sandbox.assertRequestsFollowTheSpecs();
  }

  @Test
  void customersAreWrittenTenAtATimeAndReadByCursor() {
    CustomerGroup vip = connector.customerGroups().create(List.of(CustomerGroup.named("VIP"))).succeeded().get(0);
    List<Customer> drafts = IntStream.range(0, 265).mapToObj(i -> Customer.draft("p" + i + "@example.com", "P", "N" + i)
        .toBuilder().customerGroupId(vip.id()).authentication(CustomerAuthentication.forceReset()).build()).toList();
    List<Customer> withAddress = List.of(drafts.get(0).toBuilder().addresses(List.of(new CustomerAddress(null, null,
        "P", "N0", null, "1 Main St", null, "Austin", "Texas", "78701", "US", null, "residential", null, null))).build());

    BatchResult<Customer> created = connector.customers().create(
        java.util.stream.Stream.concat(withAddress.stream(), drafts.stream().skip(1)).toList());

    assertThat(created.failed()).isEmpty();
    // 265 customers in batches of 10 is 27 requests; a request the connector had to send again (a
    // timeout on a loaded machine) adds one each, and is counted as a retry.
    var metrics = connector.metrics().snapshot();
    assertThat(metrics.requestsByEndpoint()).containsEntry("POST /v3/customers", 27L + metrics.retries());
    assertThat(connector.customers().list(ListQuery.where("customer_group_id:in", vip.id()))).hasSize(265);
    Customer first = connector.customers().list(ListQuery.where("email:in", "p0@example.com").include("addresses"))
        .findFirst().orElseThrow();
    assertThat(first.addresses()).extracting(CustomerAddress::city).containsExactly("Austin");

    BatchResult<Customer> updated = connector.customers().update(List.of(first.toBuilder().company("Acme").build()));
    assertThat(updated.succeeded()).singleElement().satisfies(c -> assertThat(c.company()).isEqualTo("Acme"));
    BatchResult<Customer> duplicate = connector.customers().create(List.of(Customer.draft("P0@example.com", "X", "Y")));
    assertThat(duplicate.failed()).singleElement().satisfies(f -> assertThat(f.status()).isIn(409, 422));
    assertThat(connector.customers().delete(List.of(first.id())).failed()).isEmpty();
    assertThat(connector.customers().list(ListQuery.where("email:in", "p0@example.com"))).isEmpty();
  }

  @Test
  void customerGroupsAreMatchedByName() {
    BatchResult<CustomerGroup> created = connector.customerGroups().create(
        List.of(CustomerGroup.named("Wholesale"), CustomerGroup.named("Retail")));
    assertThat(created.failed()).isEmpty();

    CustomerGroup wholesale = created.succeeded().get(0);
    BatchResult<CustomerGroup> renamed = connector.customerGroups().update(
        List.of(CustomerGroup.named("Wholesale EU").withId(wholesale.id())));

    assertThat(renamed.succeeded()).extracting(CustomerGroup::name).containsExactly("Wholesale EU");
    assertThat(connector.customerGroups().list(ListQuery.where("name", "Retail"))).hasSize(1);
    assertThat(connector.customerGroups().delete(List.of(wholesale.id())).failed()).isEmpty();
    assertThat(connector.customerGroups().list(ListQuery.all())).extracting(CustomerGroup::name).doesNotContain("Wholesale EU");
  }

  @Test
  void channelsAndTheirSites() {
    Channel outlet = connector.channels().create(Channel.storefront("outlet", "prelaunch"));

    assertThat(outlet.isPrelaunch()).isTrue();
    assertThat(connector.channels().list(ListQuery.where("type:in", "storefront"))).extracting(Channel::name)
        .contains("outlet");
    Site site = connector.channels().createSite(outlet.id(), "https://outlet.example.com");
    assertThat(connector.channels().site(outlet.id())).map(Site::url).contains("https://outlet.example.com");
    assertThat(connector.channels().updateSite(outlet.id(), "https://shop.example.com").url())
        .isEqualTo("https://shop.example.com");
    assertThat(connector.channels().sites(ListQuery.where("channel_id:in", outlet.id()))).extracting(Site::id)
        .containsExactly(site.id());
    Channel renamed = connector.channels().update(new Channel(outlet.id(), "outlet2", null, null, null, null, null,
        null, null, null, null, null));
    assertThat(renamed.name()).isEqualTo("outlet2");
    assertThat(connector.channels().get(999)).isEmpty();
  }

  @Test
  void metafieldsOfEveryOwnerAndOfOtherAccounts() {
    int channel = 1;
    BatchResult<Metafield> mine = connector.metafields().create(MetafieldOwner.CHANNEL,
        List.of(Metafield.draft(channel, "stagingpro", "last_theme", "t-1", "app_only")));
    BatchResult<Metafield> store = connector.metafields().create(MetafieldOwner.STORE,
        List.of(Metafield.draft(null, "stagingpro", "lock", "free", "read")));
    assertThat(mine.failed()).isEmpty();
    assertThat(store.failed()).isEmpty();

    ApiAccount other = sandbox.store().addAccount("other-app");
    try (StoreConnector otherApp = StoreConnectors.connect(
        new dev.stagingpro.core.store.StoreEndpoint("sandbox-it", sandbox.store().apiUrl(), sandbox.store().hash(),
            other.token()), sandbox.options())) {
      otherApp.metafields().create(MetafieldOwner.CHANNEL, List.of(
          Metafield.draft(channel, "other", "visible", "x", "read"),
          Metafield.draft(channel, "other", "hidden", "y", "app_only")));
    }

    List<Metafield> seen = connector.metafields().list(MetafieldOwner.CHANNEL, ListQuery.all()).toList();
    assertThat(seen).extracting(Metafield::key).containsExactlyInAnyOrder("last_theme", "visible");
    assertThat(seen).filteredOn(m -> m.key().equals("visible")).singleElement()
        .satisfies(m -> assertThat(m.ownerClientId()).isEqualTo(other.clientId()));
    assertThat(connector.metafields().listFor(MetafieldOwner.CHANNEL, channel, ListQuery.where("namespace", "stagingpro")))
        .extracting(Metafield::key).containsExactly("last_theme");

    Metafield lastTheme = mine.succeeded().get(0);
    assertThat(connector.metafields().update(MetafieldOwner.CHANNEL, List.of(lastTheme.withValue("t-2")))
        .succeeded()).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo("t-2"));
    Metafield lock = store.succeeded().get(0);
    assertThat(connector.metafields().delete(MetafieldOwner.STORE, List.of(lock.id())).succeeded())
        .containsExactly(lock.id());
    assertThat(connector.metafields().list(MetafieldOwner.STORE, ListQuery.all())).isEmpty();
  }
}
