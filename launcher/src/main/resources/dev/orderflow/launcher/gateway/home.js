// The home page's live picture: counts from the services' own APIs, asked through this same origin every two
// seconds. A service that is not running answers 503 here, and its box says so.
'use strict';
(() => {
  const text = (id, value) => { document.getElementById(id).textContent = value; };
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

  async function total(url, id) {
    const { status, body } = await orderflow.getJson(url);
    text(id, body ? body.page.totalElements : (status === 503 ? 'not running' : '\u2013'));
    return body !== null;
  }

  async function pipeline() {
    const { body } = await orderflow.getJson('/order/api/pipeline');
    if (!body) {
      ['count-events', 'count-partitions', 'members-shipping', 'lag-shipping', 'members-invoicing', 'lag-invoicing']
        .forEach(id => text(id, '\u2013'));
      return false;
    }
    text('count-events', body.partitions.reduce((sum, p) => sum + p.endOffset, 0));
    text('count-partitions', body.partitions.length);
    body.groups.forEach(group => {
      if (document.getElementById(`lag-${group.name}`)) {
        text(`members-${group.name}`, plural(group.members.length, 'instance'));
        text(`lag-${group.name}`, group.partitions.reduce((sum, p) => sum + p.lag, 0));
      }
    });
    return true;
  }

  orderflow.every(2000, async () => {
    const answers = await Promise.all([
      total('/order/api/orders?size=1', 'count-orders'),
      pipeline(),
      total('/shipping/api/shipments?size=1', 'count-shipments'),
      total('/invoicing/api/invoices?size=1', 'count-invoices')
    ]);
    const updated = document.getElementById('flow-updated');
    updated.textContent = answers.every(Boolean)
      ? `As of ${orderflow.time(new Date().toISOString())}, refreshed every two seconds.`
      : 'Not every service answered; boxes with a dash or "not running" are waiting for theirs.';
    return true;
  });
})();
