import { describe, expect, it } from 'vitest';
import { expandFirehosePrefix, firehoseListingSince } from '../src/firehose-prefix.js';

const at = new Date('2026-03-04T05:06:07Z');

describe('Firehose prefixes', () => {
  it('expands timestamps in UTC and the error output type', () => {
    expect(expandFirehosePrefix('writes/!{timestamp:yyyy/MM/dd/HH}/', at)).toBe('writes/2026/03/04/05/');
    expect(expandFirehosePrefix('errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/', at)).toBe(
      'errors/delivery-failed/2026/03/04/',
    );
    expect(expandFirehosePrefix('plain/', at)).toBe('plain/');
  });

  it('lists from the period of `since` on, under the text before the first expression', () => {
    const listing = firehoseListingSince('writes/!{timestamp:yyyy/MM/dd/HH}/', at);
    expect(listing).toEqual({ Prefix: 'writes/', StartAfter: 'writes/2026/03/04/05' });
    const keys = [
      'writes/2026/03/04/04/earlier-hour',
      'writes/2026/03/04/05/same-hour',
      'writes/2026/03/04/06/later-hour',
      'writes/2027/01/01/00/next-year',
    ];
    expect(keys.filter((k) => k > (listing.StartAfter ?? ''))).toEqual(keys.slice(1));
  });

  it('lists the whole prefix when the timestamp does not sort as time does, the whole bucket without one', () => {
    expect(firehoseListingSince('writes/!{timestamp:dd/MM/yyyy}/', at)).toEqual({ Prefix: 'writes/' });
    expect(firehoseListingSince('!{firehose:random-string}/', at)).toEqual({});
    expect(firehoseListingSince('static/', at)).toEqual({ Prefix: 'static/' });
    expect(firehoseListingSince(undefined, at)).toEqual({});
  });
});
