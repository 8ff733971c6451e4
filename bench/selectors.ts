// The selectors both benchmark files run on the 100k-series block (test/helpers/big-block.ts):
// engine.bench.ts compares our two engines on them, micro.bench.ts adds Prometheus's
// PostingsForMatchers on the same block.
import { MatchType, type Matcher } from '../src/engine/engine.js';

const eq = (name: string, value: string): Matcher => ({ type: MatchType.EQ, name, value });
const neq = (name: string, value: string): Matcher => ({ type: MatchType.NEQ, name, value });
const re = (name: string, value: string): Matcher => ({ type: MatchType.RE, name, value });

/** The selective query of the series + chunks case (about 2.2k of the 100k series). */
export const SELECTIVE: Matcher[] = [eq('job', 'api'), re('pod', 'p-1.*')];

export const SELECTORS: { text: string; matchers: Matcher[] }[] = [
  { text: '{job="api",pod=~"p-1.*"}', matchers: SELECTIVE },
  { text: '{__name__="http_requests_total"}', matchers: [eq('__name__', 'http_requests_total')] },
  { text: '{namespace=~"team-0[1-3]",container!="app"}', matchers: [re('namespace', 'team-0[1-3]'), neq('container', 'app')] },
  { text: '{__name__=~".+"}', matchers: [re('__name__', '.+')] },
  { text: '{zone!="eu-west-1a",cluster="prod-eu-1"}', matchers: [neq('zone', 'eu-west-1a'), eq('cluster', 'prod-eu-1')] },
];
