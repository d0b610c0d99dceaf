// Helpers shared by the orderflow pages. Everything that comes from a server is put into the page as text
// (never as HTML), so a street named "<script>" stays a street.
'use strict';

const orderflow = {

  /** An element with attributes and children; strings become text nodes, null children are skipped. */
  el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value !== null && value !== undefined) {
        element.setAttribute(name, value);
      }
    });
    children.flat().forEach(child => {
      if (child !== null && child !== undefined) {
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    });
    return element;
  },

  /** GETs JSON: {status, body}, body null unless 2xx; status 0 when the server could not be reached. */
  async getJson(url) {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      return { status: response.status, body: response.ok ? await response.json() : null };
    } catch (error) {
      return { status: 0, body: null };
    }
  },

  /**
   * Calls task now and then every intervalMs until it returns false. The next call waits for the previous one to
   * finish, so a slow server is never asked twice at once.
   */
  every(intervalMs, task) {
    const tick = async () => {
      let again = true;
      try {
        again = (await task()) !== false;
      } catch (error) {
        console.warn('orderflow: refresh failed', error);
      }
      if (again) {
        setTimeout(tick, intervalMs);
      }
    };
    tick();
  },

  money(value) {
    return Number(value).toFixed(2);
  },

  /** An ISO instant as the pages show times, in UTC: 2026-05-01 14:03:07 UTC. */
  time(iso) {
    return `${String(iso).replace('T', ' ').substring(0, 19)} UTC`;
  },

  /** Replaces the children of the element with the given id. */
  show(id, ...children) {
    document.getElementById(id).replaceChildren(...children.flat());
  }
};
