// The order page asks the shipping and invoicing APIs (same origin, through the entry point) every second until the
// order's shipment and invoice exist; they answer 404 until the order's event has reached them. What they show (address,
// status, credit note) is as of that moment: a change made afterwards shows when the page is loaded again.
'use strict';
(() => {
  const { el } = orderflow;

  function waiting(service, status) {
    if (status === 404) {
      return el('p', { class: 'status waiting' }, `Waiting for the ${service} service\u2026`);
    }
    if (status === 503) {
      return el('p', { class: 'status down' },
        `The ${service} service is not running. This will fill in once it is started again.`);
    }
    return el('p', { class: 'status down' },
      `The ${service} service did not answer (${status || 'no connection'}); asking again\u2026`);
  }

  function address(a) {
    return el('address', {}, a.street, el('br'), `${a.zip} ${a.city}`);
  }

  function watch(id, service, describe) {
    const card = document.getElementById(id);
    orderflow.every(1000, async () => {
      const { status, body } = await orderflow.getJson(card.dataset.api);
      if (body) {
        orderflow.show(`${id}-status`, describe(body, card.dataset.page));
        return false;
      }
      orderflow.show(`${id}-status`, waiting(service, status));
      return true;
    });
  }

  watch('shipment', 'shipping', (shipment, page) => [
    el('p', { class: 'status done' }, 'Shipment prepared ', el('time', { datetime: shipment.createdAt },
      orderflow.time(shipment.createdAt))),
    address(shipment.address),
    el('p', {}, 'Status ', el('strong', { class: 'shipment-state' }, shipment.status)),
    el('p', {}, el('a', { href: page }, 'Open the shipment'))
  ]);

  watch('invoice', 'invoicing', (invoice, page) => [
    el('p', { class: 'status done' }, 'Invoice issued ', el('time', { datetime: invoice.createdAt },
      orderflow.time(invoice.createdAt))),
    el('p', {}, 'Total ', el('strong', { class: 'invoice-total' }, orderflow.money(invoice.total))),
    el('p', {}, 'Status ', el('strong', { class: 'invoice-state' }, invoice.status),
      invoice.creditNote ? ` (credit note ${invoice.creditNote.number})` : ''),
    el('p', {}, el('a', { href: page }, 'Open the invoice'))
  ]);
})();
