import { createResolver, isUnresolved } from './intrinsics.js';
export function createTemplateContext(stack) {
    const resolver = createResolver(stack.template, { stackName: stack.stackName });
    const resources = new Map();
    for (const [id, resource] of Object.entries(stack.template.Resources ?? {})) {
        if (!resolver.excluded.has(id))
            resources.set(id, resource);
    }
    const cache = new Map();
    const props = (logicalId) => {
        let resolved = cache.get(logicalId);
        if (!resolved) {
            const raw = resources.get(logicalId)?.Properties ?? {};
            resolved = resolver.resolve(raw);
            cache.set(logicalId, resolved);
        }
        return resolved;
    };
    // Resolve everything once so every stand-in value is known before reverse lookups.
    for (const id of resources.keys())
        props(id);
    const typeOf = (id) => resources.get(id)?.Type;
    const referencedId = (value, type) => {
        if (typeof value !== 'string' || isUnresolved(value))
            return undefined;
        const exact = resolver.originOf(value);
        if (exact && (!type || typeOf(exact.logicalId) === type))
            return exact.logicalId;
        // Longest contained stand-in wins (an ARN contains the shorter logical id, for example).
        let best;
        for (const id of resources.keys()) {
            if (type && typeOf(id) !== type)
                continue;
            for (const candidate of standIns(id)) {
                if (candidate.length > 0 && value.includes(candidate) && (!best || candidate.length > best.length)) {
                    best = { id, length: candidate.length };
                }
            }
        }
        return best?.id;
    };
    const standIns = (id) => {
        const values = [];
        const ref = resolver.ref(id);
        if (typeof ref === 'string')
            values.push(ref);
        const type = typeOf(id);
        if (type === 'AWS::ElasticLoadBalancingV2::LoadBalancer')
            values.push(String(resolver.getAtt(id, 'DNSName')));
        if (type === 'AWS::Lambda::Function')
            values.push(String(resolver.getAtt(id, 'Arn')));
        return values;
    };
    const tag = (logicalId, key) => {
        // Resource-level Metadata first (what the pik stacks write), then CloudFormation Tags.
        const meta = resources.get(logicalId)?.Metadata?.[key];
        if (typeof meta === 'string')
            return meta;
        const tags = props(logicalId).Tags;
        if (Array.isArray(tags)) {
            const found = tags.find((t) => t?.Key === key);
            return typeof found?.Value === 'string' ? found.Value : undefined;
        }
        if (tags && typeof tags === 'object') {
            const value = tags[key];
            return typeof value === 'string' ? value : undefined;
        }
        return undefined;
    };
    return {
        stack,
        resolver,
        resources,
        props,
        ofType: (type) => [...resources].filter(([, r]) => r.Type === type).map(([id]) => [id, props(id)]),
        referencedId,
        tag,
        consumed: new Set(),
    };
}
export function num(value, fallback) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        return Number(value);
    return fallback;
}
export function str(value) {
    return typeof value === 'string' ? value : undefined;
}
export function strList(value) {
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string');
    if (typeof value === 'string')
        return [value];
    return [];
}
//# sourceMappingURL=context.js.map