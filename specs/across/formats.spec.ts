import { test } from '../transitions/fixtures.ts';
import { described } from '../transitions/support/transition.ts';

const bothFormats = (details: ReturnType<typeof described>) => ({
  ...details,
  annotation: [...details.annotation, { type: 'format', description: 'xml' }],
});

// Latin-1 (é, ü, ß), outside Latin-1 (€, 中) and markup: within a quarter of every text limit (D9).
const NON_ASCII = { first_name: 'Zoë €中 &<>', last_name: 'Müß\'"中', city: 'São 東京', address: '1 Rue d’été' };

test(
  'the JSON and XML lists of the same state agree field by field, non-ASCII and markup included, ' +
    'and equal the values sent',
  bothFormats(
    described(
      'retrieve',
      'json',
      [
        'api.formats.agree',
        'json.utf8',
        'xml.non-latin1',
        'xml.escaping',
        'xml.encoding.iso-8859-1',
        'create.effect.listed',
      ],
      ['@xml', '@formats'],
    ),
  ),
  async ({ scenario }) => {
    const json = scenario('json');
    const xml = json.via('xml');
    const customer = await json.create(NON_ASCII);
    if (customer) {
      const listedJson = await json.expectListing(
        () => 'json.utf8',
        'the JSON list holds the values sent, decoded from UTF-8',
      );
      const listedXml = await xml.expectListing(
        (mismatch) =>
          mismatch.field !== undefined && /[<>&]/.test(mismatch.expected ?? '') ? 'xml.escaping' : 'xml.non-latin1',
        'the XML list holds the values sent, decoded (ISO-8859-1 bytes or character references)',
      );
      const entryJson = listedJson.find((entry) => entry['username'] === customer.username);
      const entryXml = listedXml.find((entry) => entry['username'] === customer.username);
      // Fields only one format carries are allowed (the documents are silent;
      // the list schemas require the documented ones in both).
      const shared = Object.keys(entryJson ?? {}).filter((field) => entryXml !== undefined && field in entryXml);
      const differing = shared.filter((field) => entryJson?.[field] !== entryXml?.[field]);
      const listing = await xml.list();
      if (differing.length > 0 && listing) {
        json.findings.fail(
          'api.formats.agree',
          'the JSON and XML lists of the same state agree on every field both carry',
          listing.answer,
          differing
            .map(
              (field) =>
                `${field}: json ${JSON.stringify(entryJson?.[field])}, xml ${JSON.stringify(entryXml?.[field])}`,
            )
            .join('; '),
        );
      }
    }
    await json.findings.report();
  },
);
