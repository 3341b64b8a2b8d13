import { refusal, type SyncGatewayStage } from '../context.js';
import type { RouteTable } from '../route-table.js';

/**
 * First stage: strips the stage prefix (REST always; HTTP API named stages) and selects the route.
 * A path outside the stage is refused `wrongStage`, a path no route matches `noRoute` (HTTP API 404,
 * REST 403 `Missing Authentication Token`).
 */
export function routeMatchStage(table: RouteTable, stagePrefix: string): SyncGatewayStage {
  const wrongStage = refusal('wrongStage');
  const noRoute = refusal('noRoute');
  return {
    name: 'route-match',
    run(context) {
      const rawPath = context.rawPath;
      let path = rawPath;
      if (stagePrefix !== '') {
        if (rawPath === stagePrefix) path = '/';
        else if (rawPath.startsWith(stagePrefix) && rawPath.charCodeAt(stagePrefix.length) === 47 /* / */) {
          path = rawPath.slice(stagePrefix.length);
        } else return wrongStage;
      }
      const match = table.match(context.method, path);
      if (!match) return noRoute;
      context.path = path;
      context.route = match.route;
      context.pathParameters = match.pathParameters;
      return undefined;
    },
  };
}
