import { createRequire as __c } from 'node:module';
const require = __c(import.meta.url);
var VR = Object.create;
var bp = Object.defineProperty;
var zR = Object.getOwnPropertyDescriptor;
var jR = Object.getOwnPropertyNames;
var WR = Object.getPrototypeOf,
  KR = Object.prototype.hasOwnProperty;
var p = (t, e, r) => () => {
  if (r) throw r[0];
  try {
    return (t && (e = t((t = 0))), e);
  } catch (o) {
    throw ((r = [o]), o);
  }
};
var En = (t, e) => () => {
    try {
      return (e || t((e = { exports: {} }).exports, e), e.exports);
    } catch (r) {
      throw ((e = 0), r);
    }
  },
  Ye = (t, e) => {
    for (var r in e) bp(t, r, { get: e[r], enumerable: !0 });
  },
  qR = (t, e, r, o) => {
    if ((e && typeof e == 'object') || typeof e == 'function')
      for (const n of jR(e))
        !KR.call(t, n) &&
          n !== r &&
          bp(t, n, { get: () => e[n], enumerable: !(o = zR(e, n)) || o.enumerable });
    return t;
  };
var XR = (t, e, r) => (
  (r = t != null ? VR(WR(t)) : {}),
  qR(e || !t || !t.__esModule ? bp(r, 'default', { value: t, enumerable: !0 }) : r, t)
);
var ro,
  Or,
  ko,
  xf,
  _f,
  Cp = p(() => {
    (ro = (t, e) => {
      const r = [];
      if ((t && r.push(t), e)) for (const o of e) r.push(o);
      return r;
    }),
      (Or = (t, e) => `${t || 'anonymous'}${e && e.length > 0 ? ` (a.k.a. ${e.join(',')})` : ''}`),
      (ko = () => {
        let t = [],
          e = [],
          r = !1,
          o = new Set(),
          n = (u) =>
            u.sort(
              (m, f) => xf[f.step] - xf[m.step] || _f[f.priority || 'normal'] - _f[m.priority || 'normal'],
            ),
          s = (u) => {
            let m = !1,
              f = (h) => {
                const S = ro(h.name, h.aliases);
                if (S.includes(u)) {
                  m = !0;
                  for (const g of S) o.delete(g);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(f)), (e = e.filter(f)), m);
          },
          i = (u) => {
            let m = !1,
              f = (h) => {
                if (h.middleware === u) {
                  m = !0;
                  for (const S of ro(h.name, h.aliases)) o.delete(S);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(f)), (e = e.filter(f)), m);
          },
          a = (u) => (
            t.forEach((m) => {
              u.add(m.middleware, { ...m });
            }),
            e.forEach((m) => {
              u.addRelativeTo(m.middleware, { ...m });
            }),
            u.identifyOnResolve?.(d.identifyOnResolve()),
            u
          ),
          c = (u) => {
            const m = [];
            return (
              u.before.forEach((f) => {
                f.before.length === 0 && f.after.length === 0 ? m.push(f) : m.push(...c(f));
              }),
              m.push(u),
              u.after.reverse().forEach((f) => {
                f.before.length === 0 && f.after.length === 0 ? m.push(f) : m.push(...c(f));
              }),
              m
            );
          },
          l = (u = !1) => {
            const m = [],
              f = [],
              h = {};
            return (
              t.forEach((g) => {
                const y = { ...g, before: [], after: [] };
                for (const E of ro(y.name, y.aliases)) h[E] = y;
                m.push(y);
              }),
              e.forEach((g) => {
                const y = { ...g, before: [], after: [] };
                for (const E of ro(y.name, y.aliases)) h[E] = y;
                f.push(y);
              }),
              f.forEach((g) => {
                if (g.toMiddleware) {
                  const y = h[g.toMiddleware];
                  if (y === void 0) {
                    if (u) return;
                    throw new Error(
                      `${g.toMiddleware} is not found when adding ${Or(g.name, g.aliases)} middleware ${g.relation} ${g.toMiddleware}`,
                    );
                  }
                  g.relation === 'after' && y.after.push(g), g.relation === 'before' && y.before.push(g);
                }
              }),
              n(m)
                .map(c)
                .reduce((g, y) => (g.push(...y), g), [])
            );
          },
          d = {
            add: (u, m = {}) => {
              const { name: f, override: h, aliases: S } = m,
                g = { step: 'initialize', priority: 'normal', middleware: u, ...m },
                y = ro(f, S);
              if (y.length > 0) {
                if (y.some((E) => o.has(E))) {
                  if (!h) throw new Error(`Duplicate middleware name '${Or(f, S)}'`);
                  for (const E of y) {
                    const I = t.findIndex((v) => v.name === E || v.aliases?.some((z) => z === E));
                    if (I === -1) continue;
                    const w = t[I];
                    if (w.step !== g.step || g.priority !== w.priority)
                      throw new Error(
                        `"${Or(w.name, w.aliases)}" middleware with ${w.priority} priority in ${w.step} step cannot be overridden by "${Or(f, S)}" middleware with ${g.priority} priority in ${g.step} step.`,
                      );
                    t.splice(I, 1);
                  }
                }
                for (const E of y) o.add(E);
              }
              t.push(g);
            },
            addRelativeTo: (u, m) => {
              const { name: f, override: h, aliases: S } = m,
                g = { middleware: u, ...m },
                y = ro(f, S);
              if (y.length > 0) {
                if (y.some((E) => o.has(E))) {
                  if (!h) throw new Error(`Duplicate middleware name '${Or(f, S)}'`);
                  for (const E of y) {
                    const I = e.findIndex((v) => v.name === E || v.aliases?.some((z) => z === E));
                    if (I === -1) continue;
                    const w = e[I];
                    if (w.toMiddleware !== g.toMiddleware || w.relation !== g.relation)
                      throw new Error(
                        `"${Or(w.name, w.aliases)}" middleware ${w.relation} "${w.toMiddleware}" middleware cannot be overridden by "${Or(f, S)}" middleware ${g.relation} "${g.toMiddleware}" middleware.`,
                      );
                    e.splice(I, 1);
                  }
                }
                for (const E of y) o.add(E);
              }
              e.push(g);
            },
            clone: () => a(ko()),
            use: (u) => {
              u.applyToStack(d);
            },
            remove: (u) => (typeof u == 'string' ? s(u) : i(u)),
            removeByTag: (u) => {
              let m = !1,
                f = (h) => {
                  const { tags: S, name: g, aliases: y } = h;
                  if (S && S.includes(u)) {
                    const E = ro(g, y);
                    for (const I of E) o.delete(I);
                    return ((m = !0), !1);
                  }
                  return !0;
                };
              return ((t = t.filter(f)), (e = e.filter(f)), m);
            },
            concat: (u) => {
              const m = a(ko());
              return (
                m.use(u),
                m.identifyOnResolve(r || m.identifyOnResolve() || (u.identifyOnResolve?.() ?? !1)),
                m
              );
            },
            applyToStack: a,
            identify: () =>
              l(!0).map((u) => {
                const m = u.step ?? u.relation + ' ' + u.toMiddleware;
                return Or(u.name, u.aliases) + ' - ' + m;
              }),
            identifyOnResolve(u) {
              return (typeof u == 'boolean' && (r = u), r);
            },
            resolve: (u, m) => {
              for (const f of l()
                .map((h) => h.middleware)
                .reverse())
                u = f(u, m);
              return (r && console.log(d.identify()), u);
            },
          };
        return d;
      }),
      (xf = { initialize: 5, serialize: 4, build: 3, finalizeRequest: 2, deserialize: 1 }),
      (_f = { high: 3, normal: 2, low: 1 });
  });
var oo,
  If = p(() => {
    ((t) => {
      (t.HTTP = 'http'), (t.HTTPS = 'https');
    })(oo || (oo = {}));
  });
var yr,
  Tf = p(() => {
    ((t) => {
      (t.MD5 = 'md5'), (t.CRC32 = 'crc32'), (t.CRC32C = 'crc32c'), (t.SHA1 = 'sha1'), (t.SHA256 = 'sha256');
    })(yr || (yr = {}));
  });
var wf = p(() => {
  Tf();
});
var _t,
  Af = p(() => {
    _t = '__smithy_context';
  });
var sr,
  bf = p(() => {
    ((t) => {
      (t.PROFILE = 'profile'), (t.SSO_SESSION = 'sso-session'), (t.SERVICES = 'services');
    })(sr || (sr = {}));
  });
var ir = p(() => {
  If();
  wf();
  Af();
  bf();
});
var ee,
  Cf = p(() => {
    ir();
    ee = (t) => t[_t] || (t[_t] = {});
  });
function A(t, e) {
  return Object.hasOwn(t, e);
}
var Rp = p(() => {});
function JR(t) {
  return Object.keys(t).reduce((e, r) => {
    const o = t[r];
    return { ...e, [r]: Array.isArray(o) ? [...o] : o };
  }, {});
}
var B,
  Rf = p(() => {
    B = class t {
      method;
      protocol;
      hostname;
      port;
      path;
      query;
      headers;
      username;
      password;
      fragment;
      body;
      constructor(e) {
        (this.method = e.method || 'GET'),
          (this.hostname = e.hostname || 'localhost'),
          (this.port = e.port),
          (this.query = e.query || {}),
          (this.headers = e.headers || {}),
          (this.body = e.body),
          (this.protocol = e.protocol
            ? e.protocol.slice(-1) !== ':'
              ? `${e.protocol}:`
              : e.protocol
            : 'https:'),
          (this.path = e.path ? (e.path.charAt(0) !== '/' ? `/${e.path}` : e.path) : '/'),
          (this.username = e.username),
          (this.password = e.password),
          (this.fragment = e.fragment);
      }
      static clone(e) {
        const r = new t({ ...e, headers: { ...e.headers } });
        return (r.query && (r.query = JR(r.query)), r);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return (
          'method' in r &&
          'protocol' in r &&
          'hostname' in r &&
          'path' in r &&
          typeof r.query == 'object' &&
          typeof r.headers == 'object'
        );
      }
      clone() {
        return t.clone(this);
      }
    };
  });
var Pe,
  vf = p(() => {
    Pe = class {
      statusCode;
      reason;
      headers;
      body;
      constructor(e) {
        (this.statusCode = e.statusCode),
          (this.reason = e.reason),
          (this.headers = e.headers || {}),
          (this.body = e.body);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return typeof r.statusCode == 'number' && typeof r.headers == 'object';
      }
    };
  });
var YR,
  ar,
  Of = p(() => {
    (YR = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/),
      (ar = (t, e = !1) => {
        if (!e) return YR.test(t);
        const r = t.split('.');
        for (const o of r) if (!ar(o)) return !1;
        return !0;
      });
  });
function vp(t) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t);
}
var Df = p(() => {});
var W,
  Pf = p(() => {
    W = (t) => {
      if (typeof t == 'function') return t;
      const e = Promise.resolve(t);
      return () => e;
    };
  });
function Nf(t) {
  const e = {};
  if (((t = t.replace(/^\?/, '')), t))
    for (const r of t.split('&')) {
      let [o, n = null] = r.split('=');
      (o = decodeURIComponent(o)),
        n && (n = decodeURIComponent(n)),
        o in e ? (Array.isArray(e[o]) ? e[o].push(n) : (e[o] = [e[o], n])) : (e[o] = n);
    }
  return e;
}
var kf = p(() => {});
var fe,
  Op = p(() => {
    kf();
    fe = (t) => {
      if (typeof t == 'string') return fe(new URL(t));
      let { hostname: e, pathname: r, port: o, protocol: n, search: s } = t,
        i;
      return (
        s && (i = Nf(s)), { hostname: e, port: o ? parseInt(o) : void 0, protocol: n, path: r, query: i }
      );
    };
  });
var Dr,
  Mf = p(() => {
    Rp();
    Op();
    Dr = (t) => {
      if (typeof t == 'object') {
        if ('url' in t) {
          const e = fe(t.url);
          if (t.headers) {
            e.headers = {};
            for (const r in t.headers)
              A(t.headers, r) && (e.headers[r.toLowerCase()] = t.headers[r].join(', '));
          }
          return e;
        }
        return t;
      }
      return fe(t);
    };
  });
var j = p(() => {
  Cf();
  Rp();
  Rf();
  vf();
  Of();
  Df();
  Pf();
  Op();
  Mf();
});
var he,
  Lf = p(() => {
    Cp();
    he = class {
      config;
      middlewareStack = ko();
      initConfig;
      handlers;
      constructor(e) {
        this.config = e;
        const { protocol: r, protocolSettings: o } = e;
        o && typeof r == 'function' && (e.protocol = new r(o));
      }
      send(e, r, o) {
        let n = typeof r != 'function' ? r : void 0,
          s = typeof r == 'function' ? r : o,
          i = n === void 0 && this.config.cacheMiddleware === !0,
          a;
        if (i) {
          this.handlers || (this.handlers = new WeakMap());
          const c = this.handlers;
          c.has(e.constructor)
            ? (a = c.get(e.constructor))
            : ((a = e.resolveMiddleware(this.middlewareStack, this.config, n)), c.set(e.constructor, a));
        } else delete this.handlers, (a = e.resolveMiddleware(this.middlewareStack, this.config, n));
        if (s)
          a(e)
            .then(
              (c) => s(null, c.output),
              (c) => s(c),
            )
            .catch(() => {});
        else return a(e).then((c) => c.output);
      }
      destroy() {
        this.config?.requestHandler?.destroy?.(), delete this.handlers;
      }
    };
  });
var Er,
  Dp = p(() => {
    Er = (t) => (typeof t == 'function' ? t() : t);
  });
var pi,
  Pp = p(() => {
    pi = (t, e, r, o, n) => ({ name: e, namespace: t, traits: r, input: o, output: n });
  });
var Uf,
  Np,
  $f = p(() => {
    j();
    Pp();
    (Uf = (t) => (e, r) => async (o) => {
      const { response: n } = await e(o),
        { operationSchema: s } = ee(r),
        [, i, a, c, l, d] = s ?? [];
      try {
        const u = await t.protocol.deserializeResponse(pi(i, a, c, l, d), { ...t, ...r }, n);
        return { response: n, output: u };
      } catch (u) {
        if (
          (Object.defineProperty(u, '$response', {
            value: n,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !('$metadata' in u))
        ) {
          const m =
            'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.';
          try {
            u.message +=
              `
  ` + m;
          } catch {
            !r.logger || r.logger?.constructor?.name === 'NoOpLogger' ? console.warn(m) : r.logger?.warn?.(m);
          }
          typeof u.$responseBodyText < 'u' && u.$response && (u.$response.body = u.$responseBodyText);
          try {
            if (Pe.isInstance(n)) {
              const { headers: f = {}, statusCode: h } = n,
                S = Object.entries(f);
              u.$metadata = {
                httpStatusCode: h,
                requestId: Np(/^x-[\w-]+-request-?id$/, S),
                extendedRequestId: Np(/^x-[\w-]+-id-2$/, S),
                cfId: Np(/^x-[\w-]+-cf-id$/, S),
              };
            }
          } catch {}
        }
        throw u;
      }
    }),
      (Np = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]);
  });
var Bf,
  Ff = p(() => {
    j();
    Pp();
    Bf = (t) => (e, r) => async (o) => {
      const { operationSchema: n } = ee(r),
        [, s, i, a, c, l] = n ?? [],
        d = r.endpointV2 ? async () => Dr(r.endpointV2) : t.endpoint,
        u = await t.protocol.serializeRequest(pi(s, i, a, c, l), o.input, { ...t, ...r, endpoint: d });
      return e({ ...o, request: u });
    };
  });
function It(t) {
  return {
    applyToStack: (e) => {
      e.add(Bf(t), Gf), e.add(Uf(t), Hf), t.protocol.setSerdeContext(t);
    },
  };
}
var Hf,
  Gf,
  Vf = p(() => {
    $f();
    Ff();
    (Hf = { name: 'deserializerMiddleware', step: 'deserialize', tags: ['DESERIALIZER'], override: !0 }),
      (Gf = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 });
  });
function Pr(t) {
  if (typeof t == 'object') return t;
  if (((t = t | 0), li[t])) return li[t];
  let e = {},
    r = 0;
  for (const o of [
    'httpLabel',
    'idempotent',
    'idempotencyToken',
    'sensitive',
    'httpPayload',
    'httpResponseCode',
    'httpQueryParams',
  ])
    ((t >> r++) & 1) === 1 && (e[o] = 1);
  return (li[t] = e);
}
var li,
  kp = p(() => {
    li = [];
  });
function _n(t, e) {
  if (t instanceof O) return Object.assign(t, { memberName: e, _isMemberSchema: !0 });
  const r = O;
  return new r(t, e);
}
var xn,
  di,
  ui,
  O,
  Mp,
  zf,
  jf = p(() => {
    Dp();
    kp();
    (xn = { it: Symbol.for('@smithy/nor-struct-it'), ns: Symbol.for('@smithy/ns') }),
      (di = []),
      (ui = {}),
      (O = class t {
        ref;
        memberName;
        static symbol = Symbol.for('@smithy/nor');
        symbol = t.symbol;
        name;
        schema;
        _isMemberSchema;
        traits;
        memberTraits;
        normalizedTraits;
        constructor(e, r) {
          (this.ref = e), (this.memberName = r);
          let o = [],
            n = e,
            s = e;
          for (this._isMemberSchema = !1; Mp(n); )
            o.push(n[1]), (n = n[0]), (s = Er(n)), (this._isMemberSchema = !0);
          if (o.length > 0) {
            this.memberTraits = {};
            for (let i = o.length - 1; i >= 0; --i) {
              const a = o[i];
              Object.assign(this.memberTraits, Pr(a));
            }
          } else this.memberTraits = 0;
          if (s instanceof t) {
            const i = this.memberTraits;
            Object.assign(this, s),
              (this.memberTraits = Object.assign({}, i, s.getMemberTraits(), this.getMemberTraits())),
              (this.normalizedTraits = void 0),
              (this.memberName = r ?? s.memberName);
            return;
          }
          if (
            ((this.schema = Er(s)),
            zf(this.schema)
              ? ((this.name = `${this.schema[1]}#${this.schema[2]}`), (this.traits = this.schema[3]))
              : ((this.name = this.memberName ?? String(s)), (this.traits = 0)),
            this._isMemberSchema && !r)
          )
            throw new Error(
              `@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`,
            );
        }
        static [Symbol.hasInstance](e) {
          const r = this.prototype.isPrototypeOf(e);
          return !r && typeof e == 'object' && e !== null ? e.symbol === this.symbol : r;
        }
        static of(e) {
          const r = typeof e == 'function' || (typeof e == 'object' && e !== null);
          if (typeof e == 'number') {
            if (di[e]) return di[e];
          } else if (typeof e == 'string') {
            if (ui[e]) return ui[e];
          } else if (r && e[xn.ns]) return e[xn.ns];
          const o = Er(e);
          if (o instanceof t) return o;
          if (Mp(o)) {
            const [s, i] = o;
            if (s instanceof t) return (Object.assign(s.getMergedTraits(), Pr(i)), s);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e, null, 2)}.`,
            );
          }
          const n = new t(o);
          return r
            ? (e[xn.ns] = n)
            : typeof o == 'string'
              ? (ui[o] = n)
              : typeof o == 'number'
                ? (di[o] = n)
                : n;
        }
        getSchema() {
          const e = this.schema;
          return Array.isArray(e) && e[0] === 0 ? e[4] : e;
        }
        getName(e = !1) {
          const { name: r } = this;
          return !e && r && r.includes('#') ? r.split('#')[1] : r || void 0;
        }
        getMemberName() {
          return this.memberName;
        }
        isMemberSchema() {
          return this._isMemberSchema;
        }
        isListSchema() {
          const e = this.getSchema();
          return typeof e == 'number' ? e >= 64 && e < 128 : e[0] === 1;
        }
        isMapSchema() {
          const e = this.getSchema();
          return typeof e == 'number' ? e >= 128 && e <= 255 : e[0] === 2;
        }
        isStructSchema() {
          const e = this.getSchema();
          if (typeof e != 'object') return !1;
          const r = e[0];
          return r === 3 || r === -3 || r === 4;
        }
        isUnionSchema() {
          const e = this.getSchema();
          return typeof e != 'object' ? !1 : e[0] === 4;
        }
        isBlobSchema() {
          const e = this.getSchema();
          return e === 21 || e === 42;
        }
        isTimestampSchema() {
          const e = this.getSchema();
          return typeof e == 'number' && e >= 4 && e <= 7;
        }
        isUnitSchema() {
          return this.getSchema() === 'unit';
        }
        isDocumentSchema() {
          return this.getSchema() === 15;
        }
        isStringSchema() {
          return this.getSchema() === 0;
        }
        isBooleanSchema() {
          return this.getSchema() === 2;
        }
        isNumericSchema() {
          return this.getSchema() === 1;
        }
        isBigIntegerSchema() {
          return this.getSchema() === 17;
        }
        isBigDecimalSchema() {
          return this.getSchema() === 19;
        }
        isStreaming() {
          const { streaming: e } = this.getMergedTraits();
          return !!e || this.getSchema() === 42;
        }
        isIdempotencyToken() {
          return !!this.getMergedTraits().idempotencyToken;
        }
        getMergedTraits() {
          return (
            this.normalizedTraits ??
            (this.normalizedTraits = { ...this.getOwnTraits(), ...this.getMemberTraits() })
          );
        }
        getMemberTraits() {
          return Pr(this.memberTraits);
        }
        getOwnTraits() {
          return Pr(this.traits);
        }
        getKeySchema() {
          const [e, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!e && !r)
            throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);
          const o = this.getSchema(),
            n = e ? 15 : (o[4] ?? 0);
          return _n([n, 0], 'key');
        }
        getValueSchema() {
          const e = this.getSchema(),
            [r, o, n] = [this.isDocumentSchema(), this.isMapSchema(), this.isListSchema()],
            s =
              typeof e == 'number'
                ? 63 & e
                : e && typeof e == 'object' && (o || n)
                  ? e[3 + e[0]]
                  : r
                    ? 15
                    : void 0;
          if (s != null) return _n([s, 0], o ? 'value' : 'member');
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`);
        }
        getMemberSchema(e) {
          const r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(e)) {
            const o = r[4].indexOf(e),
              n = r[5][o];
            return _n(Mp(n) ? n : [n, 0], e);
          }
          if (this.isDocumentSchema()) return _n([15, 0], e);
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`);
        }
        getMemberSchemas() {
          const e = {};
          try {
            for (const [r, o] of this.structIterator()) e[r] = o;
          } catch {}
          return e;
        }
        getEventStreamMember() {
          if (this.isStructSchema()) {
            for (const [e, r] of this.structIterator()) if (r.isStreaming() && r.isStructSchema()) return e;
          }
          return '';
        }
        *structIterator() {
          if (this.isUnitSchema()) return;
          if (!this.isStructSchema())
            throw new Error('@smithy/core/schema - cannot iterate non-struct schema.');
          let e = this.getSchema(),
            r = e[4].length,
            o = e[xn.it];
          if (o && r === o.length) {
            yield* o;
            return;
          }
          o = Array(r);
          for (let n = 0; n < r; ++n) {
            const s = e[4][n],
              i = _n([e[5][n], 0], s);
            yield (o[n] = [s, i]);
          }
          e[xn.it] = o;
        }
      });
    (Mp = (t) => Array.isArray(t) && t.length === 2), (zf = (t) => Array.isArray(t) && t.length >= 5);
  });
var X,
  Wf = p(() => {
    X = class t {
      namespace;
      schemas;
      exceptions;
      static registries = new Map();
      constructor(e, r = new Map(), o = new Map()) {
        (this.namespace = e),
          (this.schemas = r),
          (this.exceptions = o),
          t.registries.has(e) || t.registries.set(e, this);
      }
      static for(e) {
        return t.registries.get(e) ?? new t(e);
      }
      copyFrom(e) {
        const { schemas: r, exceptions: o } = this;
        for (const [n, s] of e.schemas) r.has(n) || r.set(n, s);
        for (const [n, s] of e.exceptions) o.has(n) || o.set(n, s);
      }
      register(e, r) {
        const o = this.normalizeShapeId(e);
        for (const n of [this, t.for(o.split('#')[0])]) n.schemas.has(o) || n.schemas.set(o, r);
      }
      getSchema(e) {
        const r = this.normalizeShapeId(e);
        if (!this.schemas.has(r)) {
          if (!e.includes('#')) {
            const o = '#' + e,
              n = [];
            for (const [s, i] of this.schemas.entries()) s.endsWith(o) && n.push(i);
            if (n.length === 1) return n[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${r}`);
        }
        return this.schemas.get(r);
      }
      registerError(e, r) {
        const o = e,
          n = o[1],
          s = n + '#' + o[2];
        r.hasOwnProperty?.('shapeId') || (r.shapeId = s);
        for (const i of [this, t.for(n)])
          !i.schemas.has(s) && !i.exceptions.has(o) && (i.schemas.set(s, o), i.exceptions.set(o, r));
      }
      getErrorCtor(e) {
        const r = e;
        return this.exceptions.has(r) ? this.exceptions.get(r) : t.for(r[1]).exceptions.get(r);
      }
      getBaseException() {
        for (const e of this.exceptions.keys())
          if (Array.isArray(e)) {
            const [, r, o] = e,
              n = r + '#' + o;
            if (n.startsWith('smithy.ts.sdk.synthetic.') && n.endsWith('ServiceException')) return e;
          }
      }
      find(e) {
        for (const r of this.schemas.values()) if (e(r)) return r;
      }
      clear() {
        this.schemas.clear(), this.exceptions.clear();
      }
      normalizeShapeId(e) {
        return e.includes('#') ? e : this.namespace + '#' + e;
      }
    };
  });
var K = p(() => {
  Dp();
  Vf();
  jf();
  kp();
  Wf();
});
function Mo(t, e) {
  if (e == null) return e;
  const r = O.of(t);
  if (r.getMergedTraits().sensitive) return Lp;
  if (r.isListSchema()) {
    const o = r.getValueSchema();
    if (o.getMergedTraits().sensitive) return Lp;
    if (Array.isArray(e)) return e.map((n) => Mo(o, n));
  } else if (r.isMapSchema()) {
    const o = r.getValueSchema();
    if (r.getKeySchema().getMergedTraits().sensitive || o.getMergedTraits().sensitive) return Lp;
    if (typeof e == 'object') return Object.fromEntries(Object.entries(e).map(([n, s]) => [n, Mo(o, s)]));
  } else if (r.isStructSchema() && typeof e == 'object') {
    const o = e,
      n = {};
    for (const [s, i] of r.structIterator()) o[s] != null && (n[s] = Mo(i, o[s]));
    return n;
  }
  return e;
}
var Lp,
  Kf = p(() => {
    K();
    Lp = '***SensitiveInformation***';
  });
var qf,
  ze,
  Up,
  $p = p(() => {
    ir();
    Cp();
    Kf();
    K();
    (qf = Symbol.for('@smithy/op-event-stream')),
      (ze = class {
        middlewareStack = ko();
        schema;
        static classBuilder() {
          return new Up();
        }
        resolveMiddlewareWithContext(
          e,
          r,
          o,
          {
            middlewareFn: n,
            clientName: s,
            commandName: i,
            inputFilterSensitiveLog: a,
            outputFilterSensitiveLog: c,
            smithyContext: l,
            additionalContext: d,
            CommandCtor: u,
          },
        ) {
          for (const v of n.bind(this)(u, e, r, o)) this.middlewareStack.use(v);
          let m = e.concat(this.middlewareStack),
            { logger: f } = r,
            h = d[_t],
            S = {
              logger: f,
              clientName: s,
              commandName: i,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...d,
              [_t]: {
                ...h,
                commandInstance: this,
                ...l,
                ...(o?.metricsRecorder === void 0 ? {} : { metricsRecorder: o.metricsRecorder }),
                ...(o?.abortSignal === void 0 ? {} : { abortSignal: o.abortSignal }),
              },
            },
            { requestHandler: g } = r,
            y = o ?? {};
          y.metricsRecorder && ((y = { ...y }), delete y.metricsRecorder);
          let E,
            I = this.schema,
            w = I?.[qf];
          if (w !== void 0) E = w;
          else if (I && Array.isArray(I) && I[0] === 9) {
            const [, , , , v, z] = I;
            E = I[qf] = !!(O.of(v).getEventStreamMember() || O.of(z).getEventStreamMember());
          }
          return (E && (y = { isEventStream: E, ...y }), m.resolve((v) => g.handle(v.request, y), S));
        }
      }),
      (Up = class {
        _init = () => {};
        _ep = {};
        _middlewareFn = () => [];
        _commandName = '';
        _clientName = '';
        _additionalContext = {};
        _smithyContext = {};
        _inputFilterSensitiveLog = void 0;
        _outputFilterSensitiveLog = void 0;
        _serializer = null;
        _deserializer = null;
        _operationSchema;
        init(e) {
          this._init = e;
        }
        ep(e) {
          return ((this._ep = e), this);
        }
        m(e) {
          return ((this._middlewareFn = e), this);
        }
        s(e, r, o = {}) {
          return ((this._smithyContext = { service: e, operation: r, ...o }), this);
        }
        c(e = {}) {
          return ((this._additionalContext = e), this);
        }
        n(e, r) {
          return ((this._clientName = e), (this._commandName = r), this);
        }
        f(e = (o) => o, r = (o) => o) {
          return ((this._inputFilterSensitiveLog = e), (this._outputFilterSensitiveLog = r), this);
        }
        ser(e) {
          return ((this._serializer = e), this);
        }
        de(e) {
          return ((this._deserializer = e), this);
        }
        sc(e) {
          return ((this._operationSchema = e), (this._smithyContext.operationSchema = e), this);
        }
        build() {
          let e = this,
            r;
          return (r = class extends ze {
            input;
            static getEndpointParameterInstructions() {
              return e._ep;
            }
            constructor(...[o]) {
              super(), (this.input = o ?? {}), e._init(this), (this.schema = e._operationSchema);
            }
            resolveMiddleware(o, n, s) {
              const i = e._operationSchema,
                a = i?.[4] ?? i?.input,
                c = i?.[5] ?? i?.output;
              return this.resolveMiddlewareWithContext(o, n, s, {
                CommandCtor: r,
                middlewareFn: e._middlewareFn,
                clientName: e._clientName,
                commandName: e._commandName,
                inputFilterSensitiveLog: e._inputFilterSensitiveLog ?? (i ? Mo.bind(null, a) : (l) => l),
                outputFilterSensitiveLog: e._outputFilterSensitiveLog ?? (i ? Mo.bind(null, c) : (l) => l),
                smithyContext: e._smithyContext,
                additionalContext: e._additionalContext,
              });
            }
            serialize = e._serializer;
            deserialize = e._deserializer;
          });
        }
      });
  });
var xr,
  Xf = p(() => {
    xr = (t, e, r) => {
      for (const [s, i] of Object.entries(t)) {
        const a = async function (l, d, u) {
            const m = new i(l);
            if (typeof d == 'function') this.send(m, d);
            else if (typeof u == 'function') {
              if (typeof d != 'object') throw new Error(`Expected http options but got ${typeof d}`);
              this.send(m, d || {}, u);
            } else return this.send(m, d);
          },
          c = (s[0].toLowerCase() + s.slice(1)).replace(/Command$/, '');
        e.prototype[c] = a;
      }
      const { paginators: o = {}, waiters: n = {} } = r ?? {};
      for (const [s, i] of Object.entries(o))
        e.prototype[s] === void 0 &&
          (e.prototype[s] = function (a = {}, c, ...l) {
            return i({ ...c, client: this }, a, ...l);
          });
      for (const [s, i] of Object.entries(n))
        e.prototype[s] === void 0 &&
          (e.prototype[s] = async function (a = {}, c, ...l) {
            let d = c;
            return (typeof c == 'number' && (d = { maxWaitTime: c }), i({ ...d, client: this }, a, ...l));
          });
    };
  });
var Qe,
  mi,
  Jf = p(() => {
    (Qe = class t extends Error {
      static shapeId = 'smithy.ts.sdk.synthetic.nonamespace.client#ServiceException';
      $fault;
      $response;
      $retryable;
      $metadata;
      constructor(e) {
        super(e.message),
          Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype),
          (this.name = e.name),
          (this.$fault = e.$fault),
          (this.$metadata = e.$metadata);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return (
          t.prototype.isPrototypeOf(r) ||
          (!!r.$fault && !!r.$metadata && (r.$fault === 'client' || r.$fault === 'server'))
        );
      }
      static [Symbol.hasInstance](e) {
        if (!e) return !1;
        const r = e;
        if (this === t) return t.isInstance(e);
        if (t.isInstance(e)) {
          if (this.prototype.isPrototypeOf(e)) return !0;
          let o = Object.hasOwn(this, 'shapeId') ? this.shapeId : void 0,
            n = !1;
          if (o) {
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const a = i.constructor,
                c = a !== t && Object.hasOwn(a, 'shapeId') ? a?.shapeId : void 0;
              if (c && ((n = !0), c === o)) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
          if (o && n) return !1;
          const s = this.name;
          if (s && s.length >= 6) {
            if (r.name === s) return !0;
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const a = i.constructor?.name;
              if (a && a !== 'Error' && a === s) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
        }
        return !1;
      }
    }),
      (mi = (t, e = {}) => {
        Object.entries(e)
          .filter(([, o]) => o !== void 0)
          .forEach(([o, n]) => {
            (t[o] == null || t[o] === '') && (t[o] = n);
          });
        const r = t.message || t.Message || 'UnknownError';
        return ((t.message = r), delete t.Message, t);
      });
  });
var Tt,
  Yf = p(() => {
    Tt = (t) => {
      switch (t) {
        case 'standard':
          return { retryMode: 'standard', connectionTimeout: 3100 };
        case 'in-region':
          return { retryMode: 'standard', connectionTimeout: 1100 };
        case 'cross-region':
          return { retryMode: 'standard', connectionTimeout: 3100 };
        case 'mobile':
          return { retryMode: 'standard', connectionTimeout: 3e4 };
        default:
          return {};
      }
    };
  });
var Qf,
  wt,
  Zf = p(() => {
    (Qf = !1),
      (wt = (t) => {
        t && !Qf && parseInt(t.substring(1, t.indexOf('.'))) < 16 && (Qf = !0);
      });
  });
var eh,
  th,
  rh,
  oh = p(() => {
    j();
    ir();
    (eh = Object.values(yr)),
      (th = (t) => {
        const e = [];
        for (const r in yr) {
          if (!A(yr, r)) continue;
          const o = yr[r];
          t[o] !== void 0 && e.push({ algorithmId: () => o, checksumConstructor: () => t[o] });
        }
        for (const [r, o] of Object.entries(t.checksumAlgorithms ?? {}))
          e.push({ algorithmId: () => r, checksumConstructor: () => o });
        return {
          addChecksumAlgorithm(r) {
            t.checksumAlgorithms = t.checksumAlgorithms ?? {};
            const o = r.algorithmId(),
              n = r.checksumConstructor();
            eh.includes(o) ? (t.checksumAlgorithms[o.toUpperCase()] = n) : (t.checksumAlgorithms[o] = n),
              e.push(r);
          },
          checksumAlgorithms() {
            return e;
          },
        };
      }),
      (rh = (t) => {
        const e = {};
        return (
          t.checksumAlgorithms().forEach((r) => {
            const o = r.algorithmId();
            eh.includes(o) && (e[o] = r.checksumConstructor());
          }),
          e
        );
      });
  });
var nh,
  sh,
  ih = p(() => {
    (nh = (t) => ({
      setRetryStrategy(e) {
        t.retryStrategy = e;
      },
      retryStrategy() {
        return t.retryStrategy;
      },
    })),
      (sh = (t) => {
        const e = {};
        return ((e.retryStrategy = t.retryStrategy()), e);
      });
  });
var At,
  bt,
  ah = p(() => {
    oh();
    ih();
    (At = (t) => Object.assign(th(t), nh(t))), (bt = (t) => Object.assign(rh(t), sh(t)));
  });
var fi,
  ch = p(() => {
    j();
    fi = (t) => {
      const e = '#text';
      for (const r in t)
        A(t, r) &&
          (t[r][e] !== void 0
            ? (t[r] = t[r][e])
            : typeof t[r] == 'object' && t[r] !== null && (t[r] = fi(t[r])));
      return t;
    };
  });
var Ne,
  ph = p(() => {
    Ne = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function Ct(t, e, r, o) {
  return (s, i, a, c, l = {}) => {
    const d = Object.assign({}, t, s);
    return ze
      .classBuilder()
      .ep(d)
      .m(function (u, m, f, h) {
        const S = i.call(this, u, m, f, h);
        return (S.unshift(o(f, u.getEndpointParameterInstructions())), S);
      })
      .s(e, a, l)
      .n(r, a.charAt(0).toUpperCase() + a.slice(1) + 'Command')
      .sc(c)
      .build();
  };
}
var lh = p(() => {
  $p();
});
var b = p(() => {
  j();
  j();
  Lf();
  $p();
  Xf();
  Yf();
  Zf();
  Jf();
  ah();
  ch();
  ph();
  lh();
});
var gi,
  Rt,
  hh = p(() => {
    (gi = { warningEmitted: !1 }),
      (Rt = (t) => {
        if (t && !gi.warningEmitted) {
          if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true') {
            gi.warningEmitted = !0;
            return;
          }
          const e = parseInt(t.substring(1, t.indexOf('.'))),
            r = 22;
          e < r &&
            ((gi.warningEmitted = !0),
            process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
        }
      });
  });
function M(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var gh = p(() => {});
function Ze(t, e, r) {
  t.__aws_sdk_context
    ? t.__aws_sdk_context.features || (t.__aws_sdk_context.features = {})
    : (t.__aws_sdk_context = { features: {} }),
    (t.__aws_sdk_context.features[e] = r);
}
var Hp = p(() => {});
var ZR,
  vt,
  Sh = p(() => {
    (ZR = () =>
      typeof process == 'object' && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === 'true'),
      (vt = (t, e) => {
        if (ZR() && typeof t?.handle != 'function') return e;
      });
  });
var Tn,
  Gp = p(() => {
    Tn = (t) =>
      (typeof ArrayBuffer == 'function' && t instanceof ArrayBuffer) ||
      Object.prototype.toString.call(t) === '[object ArrayBuffer]';
  });
var Lo,
  Si,
  Uo = p(() => {
    Gp();
    (Lo = (t, e = 0, r = t.byteLength - e) => {
      if (!Tn(t))
        throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
      return Buffer.from(t, e, r);
    }),
      (Si = (t, e) => {
        if (typeof t != 'string')
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof t} (${t})`,
          );
        return e ? Buffer.from(t, e) : Buffer.from(t);
      });
  });
var ev,
  de,
  yh = p(() => {
    Uo();
    (ev = /^[A-Za-z0-9+/]*={0,2}$/),
      (de = (t) => {
        if ((t.length * 3) % 4 !== 0) throw new TypeError('Incorrect padding on base64 string.');
        if (!ev.exec(t)) throw new TypeError('Invalid base64 string.');
        const e = Si(t, 'base64');
        return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      });
  });
var te,
  yi = p(() => {
    Uo();
    te = (t) => {
      const e = Si(t, 'utf8');
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
  });
var ae,
  Eh = p(() => {
    Uo();
    yi();
    ae = (t) => {
      let e;
      if (
        (typeof t == 'string' ? (e = te(t)) : (e = t),
        typeof e != 'object' || typeof e.byteOffset != 'number' || typeof e.byteLength != 'number')
      )
        throw new Error('@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.');
      return Lo(e.buffer, e.byteOffset, e.byteLength).toString('base64');
    };
  });
function xh(t, e, r, o) {
  return class Ei extends Uint8Array {
    static fromString(s, i = 'utf-8') {
      if (typeof s == 'string') return i === 'base64' ? Ei.mutate(o(s)) : Ei.mutate(e(s));
      throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`);
    }
    static mutate(s) {
      return (Object.setPrototypeOf(s, Ei.prototype), s);
    }
    transformToString(s = 'utf-8') {
      return s === 'base64' ? r(this) : t(this);
    }
  };
}
var _h = p(() => {});
var J,
  Ih = p(() => {
    Uo();
    J = (t) => {
      if (typeof t == 'string') return t;
      if (typeof t != 'object' || typeof t.byteOffset != 'number' || typeof t.byteLength != 'number')
        throw new Error('@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.');
      return Lo(t.buffer, t.byteOffset, t.byteLength).toString('utf8');
    };
  });
function Th(t) {
  return typeof crypto < 'u' && typeof crypto.randomUUID == 'function'
    ? () => crypto.randomUUID()
    : () => {
        const e = new Uint8Array(16);
        return (
          t(e),
          (e[6] = (e[6] & 15) | 64),
          (e[8] = (e[8] & 63) | 128),
          we[e[0]] +
            we[e[1]] +
            we[e[2]] +
            we[e[3]] +
            '-' +
            we[e[4]] +
            we[e[5]] +
            '-' +
            we[e[6]] +
            we[e[7]] +
            '-' +
            we[e[8]] +
            we[e[9]] +
            '-' +
            we[e[10]] +
            we[e[11]] +
            we[e[12]] +
            we[e[13]] +
            we[e[14]] +
            we[e[15]]
        );
      };
}
var we,
  wh = p(() => {
    we = Array.from({ length: 256 }, (t, e) => e.toString(16).padStart(2, '0'));
  });
var Vp,
  tv,
  Ah,
  rv,
  bh,
  Ch,
  Rh,
  ov,
  vh,
  Oh,
  nv,
  xi,
  $o,
  Dh,
  sv,
  iv,
  Ph = p(() => {
    (Vp = (t) => {
      if (t != null) {
        if (typeof t == 'string') {
          const e = parseFloat(t);
          if (!Number.isNaN(e))
            return (String(e) !== String(t) && iv.warn(sv(`Expected number but observed string: ${t}`)), e);
        }
        if (typeof t == 'number') return t;
        throw new TypeError(`Expected number, got ${typeof t}: ${t}`);
      }
    }),
      (tv = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (Ah = (t) => {
        const e = Vp(t);
        if (e !== void 0 && !Number.isNaN(e) && e !== 1 / 0 && e !== -1 / 0 && Math.abs(e) > tv)
          throw new TypeError(`Expected 32-bit float, got ${t}`);
        return e;
      }),
      (rv = (t) => {
        if (t != null) {
          if (Number.isInteger(t) && !Number.isNaN(t)) return t;
          throw new TypeError(`Expected integer, got ${typeof t}: ${t}`);
        }
      }),
      (bh = (t) => Rh(t, 16)),
      (Ch = (t) => Rh(t, 8)),
      (Rh = (t, e) => {
        const r = rv(t);
        if (r !== void 0 && ov(r, e) !== r) throw new TypeError(`Expected ${e}-bit integer, got ${t}`);
        return r;
      }),
      (ov = (t, e) => {
        switch (e) {
          case 32:
            return Int32Array.of(t)[0];
          case 16:
            return Int16Array.of(t)[0];
          case 8:
            return Int8Array.of(t)[0];
        }
      }),
      (vh = (t) => Vp(typeof t == 'string' ? xi(t) : t)),
      (Oh = (t) => Ah(typeof t == 'string' ? xi(t) : t)),
      (nv = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (xi = (t) => {
        const e = t.match(nv);
        if (e === null || e[0].length !== t.length)
          throw new TypeError('Expected real number, got implicit NaN');
        return parseFloat(t);
      }),
      ($o = (t) => bh(typeof t == 'string' ? xi(t) : t)),
      (Dh = (t) => Ch(typeof t == 'string' ? xi(t) : t)),
      (sv = (t) =>
        String(new TypeError(t).stack || t)
          .split(`
`)
          .slice(0, 5)
          .filter((e) => !e.includes('stackTraceWarning'))
          .join(`
`)),
      (iv = { warn: console.warn });
  });
function no(t) {
  const e = t.getUTCFullYear(),
    r = t.getUTCMonth(),
    o = t.getUTCDay(),
    n = t.getUTCDate(),
    s = t.getUTCHours(),
    i = t.getUTCMinutes(),
    a = t.getUTCSeconds(),
    c = n < 10 ? `0${n}` : `${n}`,
    l = s < 10 ? `0${s}` : `${s}`,
    d = i < 10 ? `0${i}` : `${i}`,
    u = a < 10 ? `0${a}` : `${a}`;
  return `${av[o]}, ${c} ${jp[r]} ${e} ${l}:${d}:${u} GMT`;
}
var av,
  jp,
  cv,
  Wp,
  pv,
  Kp,
  lv,
  dv,
  uv,
  An,
  qp,
  wn,
  mv,
  fv,
  hv,
  zp,
  gv,
  Sv,
  yv,
  cr,
  Ev,
  xv,
  Bo,
  Nh = p(() => {
    Ph();
    (av = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']),
      (jp = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    (cv = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/)),
      (Wp = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const e = cv.exec(t);
        if (!e) throw new TypeError('Invalid RFC-3339 date-time value');
        const [r, o, n, s, i, a, c, l] = e,
          d = $o(Bo(o)),
          u = cr(n, 'month', 1, 12),
          m = cr(s, 'day', 1, 31);
        return wn(d, u, m, { hours: i, minutes: a, seconds: c, fractionalMilliseconds: l });
      }),
      (pv = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (Kp = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const e = pv.exec(t);
        if (!e) throw new TypeError('Invalid RFC-3339 date-time value');
        const [r, o, n, s, i, a, c, l, d] = e,
          u = $o(Bo(o)),
          m = cr(n, 'month', 1, 12),
          f = cr(s, 'day', 1, 31),
          h = wn(u, m, f, { hours: i, minutes: a, seconds: c, fractionalMilliseconds: l });
        return (d.toUpperCase() != 'Z' && h.setTime(h.getTime() - xv(d)), h);
      }),
      (lv = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (dv = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (uv = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (An = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-7231 date-times must be expressed as strings');
        let e = lv.exec(t);
        if (e) {
          const [r, o, n, s, i, a, c, l] = e;
          return wn($o(Bo(s)), zp(n), cr(o, 'day', 1, 31), {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: l,
          });
        }
        if (((e = dv.exec(t)), e)) {
          const [r, o, n, s, i, a, c, l] = e;
          return hv(
            wn(mv(s), zp(n), cr(o, 'day', 1, 31), {
              hours: i,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: l,
            }),
          );
        }
        if (((e = uv.exec(t)), e)) {
          const [r, o, n, s, i, a, c, l] = e;
          return wn($o(Bo(l)), zp(o), cr(n.trimLeft(), 'day', 1, 31), {
            hours: s,
            minutes: i,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError('Invalid RFC-7231 date-time value');
      }),
      (qp = (t) => {
        if (t == null) return;
        let e;
        if (typeof t == 'number') e = t;
        else if (typeof t == 'string') e = vh(t);
        else if (typeof t == 'object' && t.tag === 1) e = t.value;
        else
          throw new TypeError(
            'Epoch timestamps must be expressed as floating point numbers or their string representation',
          );
        if (Number.isNaN(e) || e === 1 / 0 || e === -1 / 0)
          throw new TypeError('Epoch timestamps must be valid, non-Infinite, non-NaN numerics');
        return new Date(Math.round(e * 1e3));
      }),
      (wn = (t, e, r, o) => {
        const n = e - 1;
        return (
          Sv(t, n, r),
          new Date(
            Date.UTC(
              t,
              n,
              r,
              cr(o.hours, 'hour', 0, 23),
              cr(o.minutes, 'minute', 0, 59),
              cr(o.seconds, 'seconds', 0, 60),
              Ev(o.fractionalMilliseconds),
            ),
          )
        );
      }),
      (mv = (t) => {
        const e = new Date().getUTCFullYear(),
          r = Math.floor(e / 100) * 100 + $o(Bo(t));
        return r < e ? r + 100 : r;
      }),
      (fv = 50 * 365 * 24 * 60 * 60 * 1e3),
      (hv = (t) =>
        t.getTime() - new Date().getTime() > fv
          ? new Date(
              Date.UTC(
                t.getUTCFullYear() - 100,
                t.getUTCMonth(),
                t.getUTCDate(),
                t.getUTCHours(),
                t.getUTCMinutes(),
                t.getUTCSeconds(),
                t.getUTCMilliseconds(),
              ),
            )
          : t),
      (zp = (t) => {
        const e = jp.indexOf(t);
        if (e < 0) throw new TypeError(`Invalid month: ${t}`);
        return e + 1;
      }),
      (gv = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (Sv = (t, e, r) => {
        let o = gv[e];
        if ((e === 1 && yv(t) && (o = 29), r > o))
          throw new TypeError(`Invalid day for ${jp[e]} in ${t}: ${r}`);
      }),
      (yv = (t) => t % 4 === 0 && (t % 100 !== 0 || t % 400 === 0)),
      (cr = (t, e, r, o) => {
        const n = Dh(Bo(t));
        if (n < r || n > o) throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);
        return n;
      }),
      (Ev = (t) => (t == null ? 0 : Oh('0.' + t) * 1e3)),
      (xv = (t) => {
        let e = t[0],
          r = 1;
        if (e == '+') r = 1;
        else if (e == '-') r = -1;
        else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);
        const o = Number(t.substring(1, 3)),
          n = Number(t.substring(4, 6));
        return r * (o * 60 + n) * 60 * 1e3;
      }),
      (Bo = (t) => {
        let e = 0;
        for (; e < t.length - 1 && t.charAt(e) === '0'; ) e++;
        return e === 0 ? t : t.slice(e);
      });
  });
var ke,
  kh = p(() => {
    ke = (e) =>
      Object.assign(new String(e), {
        deserializeJSON() {
          return JSON.parse(String(e));
        },
        toString() {
          return String(e);
        },
        toJSON() {
          return String(e);
        },
      });
    ke.from = (t) =>
      t && typeof t == 'object' && (t instanceof ke || 'deserializeJSON' in t)
        ? t
        : typeof t == 'string' || Object.getPrototypeOf(t) === String.prototype
          ? ke(String(t))
          : ke(JSON.stringify(t));
    ke.fromObject = ke.from;
  });
function Xp(t) {
  return (
    (t.includes(',') || t.includes('"')) && (t = `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`), t
  );
}
var Mh = p(() => {});
function _r(t, e, r) {
  const o = Number(t);
  if (o < e || o > r) throw new Error(`Value ${o} out of range [${e}, ${r}]`);
}
var Jp,
  Yp,
  Qp,
  Lh,
  Uh,
  _v,
  Iv,
  Tv,
  wv,
  Av,
  bv,
  Zp,
  el,
  tl,
  $h = p(() => {
    (Jp = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?'),
      (Yp = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'),
      (Qp = '(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?'),
      (Lh = '(\\d?\\d)'),
      (Uh = '(\\d{4})'),
      (_v = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/)),
      (Iv =
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/),
      (Tv = new RegExp(`^${Jp}, ${Lh} ${Yp} ${Uh} ${Qp} GMT$`)),
      (wv = new RegExp(`^${Jp}, ${Lh}-${Yp}-(\\d\\d) ${Qp} GMT$`)),
      (Av = new RegExp(`^${Jp} ${Yp} ( [1-9]|\\d\\d) ${Qp} ${Uh}$`)),
      (bv = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']),
      (Zp = (t) => {
        if (t == null) return;
        let e = NaN;
        if (typeof t == 'number') e = t;
        else if (typeof t == 'string') {
          if (!/^-?\d*\.?\d+$/.test(t)) throw new TypeError('parseEpochTimestamp - numeric string invalid.');
          e = Number.parseFloat(t);
        } else typeof t == 'object' && t.tag === 1 && (e = t.value);
        if (isNaN(e) || Math.abs(e) === 1 / 0)
          throw new TypeError('Epoch timestamps must be valid finite numbers.');
        return new Date(Math.round(e * 1e3));
      }),
      (el = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC3339 timestamps must be strings');
        const e = _v.exec(t);
        if (!e) throw new TypeError(`Invalid RFC3339 timestamp format ${t}`);
        const [, r, o, n, s, i, a, , c, l] = e;
        _r(o, 1, 12), _r(n, 1, 31), _r(s, 0, 23), _r(i, 0, 59), _r(a, 0, 60);
        const d = new Date(
          Date.UTC(
            Number(r),
            Number(o) - 1,
            Number(n),
            Number(s),
            Number(i),
            Number(a),
            Number(c) ? Math.round(parseFloat(`0.${c}`) * 1e3) : 0,
          ),
        );
        if ((d.setUTCFullYear(Number(r)), l.toUpperCase() != 'Z')) {
          const [, u, m, f] = /([+-])(\d\d):(\d\d)/.exec(l) || [void 0, '+', 0, 0],
            h = u === '-' ? 1 : -1;
          d.setTime(d.getTime() + h * (Number(m) * 60 * 60 * 1e3 + Number(f) * 60 * 1e3));
        }
        return d;
      }),
      (tl = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC7231 timestamps must be strings.');
        if (Iv.test(t)) return new Date(t);
        let e, r, o, n, s, i, a, c;
        if (
          ((c = Tv.exec(t))
            ? ([, e, r, o, n, s, i, a] = c)
            : (c = wv.exec(t))
              ? (([, e, r, o, n, s, i, a] = c), (o = (Number(o) + 1900).toString()))
              : (c = Av.exec(t)) && ([, r, e, n, s, i, a, o] = c),
          o && i)
        ) {
          const l = Date.UTC(
            Number(o),
            bv.indexOf(r),
            Number(e),
            Number(n),
            Number(s),
            Number(i),
            a ? Math.round(parseFloat(`0.${a}`) * 1e3) : 0,
          );
          _r(e, 1, 31), _r(n, 0, 23), _r(s, 0, 59), _r(i, 0, 60);
          const d = new Date(l);
          return (d.setUTCFullYear(Number(o)), d);
        }
        throw new TypeError(`Invalid RFC7231 date-time value ${t}.`);
      });
  });
function rl(t, e, r) {
  if (r <= 0 || !Number.isInteger(r))
    throw new Error('Invalid number of delimiters (' + r + ') for splitEvery.');
  const o = t.split(e);
  if (r === 1) return o;
  let n = [],
    s = '';
  for (let i = 0; i < o.length; i++)
    s === '' ? (s = o[i]) : (s += e + o[i]), (i + 1) % r === 0 && (n.push(s), (s = ''));
  return (s !== '' && n.push(s), n);
}
var Bh = p(() => {});
var bn,
  Fh = p(() => {
    bn = (t) => {
      let e = t.length,
        r = [],
        o = !1,
        n = !1,
        s = 0;
      for (let i = 0; i < e; ++i) {
        const a = t[i];
        switch (a) {
          case '"':
            n || (o = !o);
            break;
          case ',':
            o || (r.push(t.slice(s, i)), (s = i + 1));
            break;
          default:
        }
        n = a === '\\' && !n;
      }
      return (
        r.push(t.slice(s)),
        r.map((i) => {
          i = i.trim();
          const a = i.length;
          return a < 2
            ? i
            : i[0] === '"' && i[a - 1] === '"'
              ? ((i = i.slice(1, a - 1)), i.replace(/\\(["\\])/g, '$1'))
              : i.replace(/\\"/g, '"');
        })
      );
    };
  });
var Hh,
  ue,
  Gh = p(() => {
    (Hh = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (ue = class t {
        string;
        type;
        constructor(e, r) {
          if (((this.string = e), (this.type = r), !Hh.test(e)))
            throw new Error(
              `@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`,
            );
        }
        toString() {
          return this.string;
        }
        static [Symbol.hasInstance](e) {
          if (!e || typeof e != 'object') return !1;
          const r = e;
          return t.prototype.isPrototypeOf(e) || (r.type === 'bigDecimal' && Hh.test(r.string));
        }
      });
  });
function Cn(t) {
  if (t.length % 2 !== 0) throw new Error('Hex encoded strings must have an even number length');
  const e = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) {
    const o = t.slice(r, r + 2).toLowerCase();
    if (o in ol) e[r / 2] = ol[o];
    else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`);
  }
  return e;
}
function re(t) {
  let e = '';
  for (let r = 0; r < t.byteLength; r++) e += Vh[t[r]];
  return e;
}
var Vh,
  ol,
  nl = p(() => {
    (Vh = {}), (ol = {});
    for (let t = 0; t < 256; t++) {
      let e = t.toString(16).toLowerCase();
      e.length === 1 && (e = `0${e}`), (Vh[t] = e), (ol[e] = t);
    }
  });
import { ReadStream as Cv, fstatSync as Rv, lstatSync as vv } from 'node:fs';
var Ot,
  zh = p(() => {
    Ot = (t) => {
      if (!t) return 0;
      if (typeof t == 'string') return Buffer.byteLength(t);
      if (typeof t.byteLength == 'number') return t.byteLength;
      if (typeof t.size == 'number') return t.size;
      if (typeof t.start == 'number' && typeof t.end == 'number') return t.end + 1 - t.start;
      if (t instanceof Cv) {
        if (t.path != null) return vv(t.path).size;
        if (typeof t.fd == 'number') return Rv(t.fd).size;
      }
      throw new Error(`Body Length computation failed for ${t}`);
    };
  });
var et,
  jh = p(() => {
    yi();
    et = (t) =>
      t instanceof Uint8Array
        ? t
        : typeof t == 'string'
          ? te(t)
          : ArrayBuffer.isView(t)
            ? new Uint8Array(t.buffer, t.byteOffset, t.byteLength / Uint8Array.BYTES_PER_ELEMENT)
            : new Uint8Array(t);
  });
function _i(t, e) {
  if (e === void 0) {
    e = 0;
    for (const n of t) e += n.byteLength;
  }
  let r = new Uint8Array(e),
    o = 0;
  for (const n of t) r.set(n, o), (o += n.byteLength);
  return r;
}
var sl = p(() => {});
var Ae,
  Rn = p(() => {
    Ae = class t extends Error {
      name = 'ProviderError';
      tryNextLink;
      constructor(e, r = !0) {
        let o,
          n = !0;
        typeof r == 'boolean'
          ? ((o = void 0), (n = r))
          : r != null && typeof r == 'object' && ((o = r.logger), (n = r.tryNextLink ?? !0)),
          super(e),
          (this.tryNextLink = n),
          Object.setPrototypeOf(this, t.prototype),
          o?.debug?.(`@smithy/property-provider ${n ? '->' : '(!)'} ${e}`);
      }
      static from(e, r = !0) {
        return Object.assign(new this(e.message, r), e);
      }
    };
  });
var x,
  Ii = p(() => {
    Rn();
    x = class t extends Ae {
      name = 'CredentialsProviderError';
      constructor(e, r = !0) {
        super(e, r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var tt,
  Wh = p(() => {
    Rn();
    tt = class t extends Ae {
      name = 'TokenProviderError';
      constructor(e, r = !0) {
        super(e, r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var so,
  il = p(() => {
    Rn();
    so =
      (...t) =>
      async () => {
        if (t.length === 0) throw new Ae('No providers in chain');
        let e;
        for (const r of t)
          try {
            return await r();
          } catch (o) {
            if (((e = o), o?.tryNextLink)) continue;
            throw o;
          }
        throw e;
      };
  });
var Kh,
  qh = p(() => {
    Kh = (t) => () => Promise.resolve(t);
  });
var Ti,
  al = p(() => {
    Ti = (t, e, r) => {
      let o,
        n,
        s,
        i = !1,
        a = async () => {
          n || (n = t());
          try {
            (o = await n), (s = !0), (i = !1);
          } finally {
            n = void 0;
          }
          return o;
        };
      return e === void 0
        ? async (c) => ((!s || c?.forceRefresh) && (o = await a()), o)
        : async (c) => (
            (!s || c?.forceRefresh) && (o = await a()),
            i ? o : r && !r(o) ? ((i = !0), o) : (e(o) && (await a()), o)
          );
    };
  });
var rt,
  wi = p(() => {
    rt = (t, e, r) => {
      if (e in t) {
        if (t[e] === 'true') return !0;
        if (t[e] === 'false') return !1;
        throw new Error(`Cannot load ${r} "${e}". Expected "true" or "false", got ${t[e]}.`);
      }
    };
  });
var Me,
  Ai = p(() => {
    ((t) => {
      (t.ENV = 'env'), (t.CONFIG = 'shared config entry');
    })(Me || (Me = {}));
  });
import { homedir as Ov } from 'node:os';
import { sep as Dv } from 'node:path';
var cl,
  Pv,
  Nr,
  vn = p(() => {
    (cl = {}),
      (Pv = () => (process && process.geteuid ? `${process.geteuid()}` : 'DEFAULT')),
      (Nr = () => {
        const { HOME: t, USERPROFILE: e, HOMEPATH: r, HOMEDRIVE: o = `C:${Dv}` } = process.env;
        if (t) return t;
        if (e) return e;
        if (r) return `${o}${r}`;
        const n = Pv();
        return (cl[n] || (cl[n] = Ov()), cl[n]);
      });
  });
var bi,
  Xh,
  Le,
  pl = p(() => {
    (bi = 'AWS_PROFILE'), (Xh = 'default'), (Le = (t) => t.profile || process.env[bi] || Xh);
  });
import { createHash as Nv } from 'node:crypto';
import { join as kv } from 'node:path';
var On,
  ll = p(() => {
    vn();
    On = (t) => {
      const r = Nv('sha1').update(t).digest('hex');
      return kv(Nr(), '.aws', 'sso', 'cache', `${r}.json`);
    };
  });
import { readFile as Mv } from 'node:fs/promises';
var Dn,
  Pn,
  dl = p(() => {
    ll();
    (Dn = {}),
      (Pn = async (t) => {
        if (Dn[t]) return Dn[t];
        const e = On(t),
          r = await Mv(e, 'utf8');
        return JSON.parse(r);
      });
  });
var Jh,
  Yh = p(() => {
    ir();
    Jh = (t) =>
      Object.entries(t)
        .filter(([e]) => {
          const r = e.indexOf('.');
          return r === -1 ? !1 : Object.values(sr).includes(e.substring(0, r));
        })
        .reduce(
          (e, [r, o]) => {
            const n = r.indexOf('.'),
              s = r.substring(0, n) === sr.PROFILE ? r.substring(n + 1) : r;
            return ((e[s] = o), e);
          },
          { ...(t.default && { default: t.default }) },
        );
  });
import { join as Lv } from 'node:path';
var Uv,
  Ci,
  ul = p(() => {
    vn();
    (Uv = 'AWS_CONFIG_FILE'), (Ci = () => process.env[Uv] || Lv(Nr(), '.aws', 'config'));
  });
import { join as $v } from 'node:path';
var Bv,
  Qh,
  Zh = p(() => {
    vn();
    (Bv = 'AWS_SHARED_CREDENTIALS_FILE'), (Qh = () => process.env[Bv] || $v(Nr(), '.aws', 'credentials'));
  });
var Fv,
  Hv,
  Nn,
  ml = p(() => {
    ir();
    (Fv = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (Hv = ['__proto__', 'profile __proto__']),
      (Nn = (t) => {
        let e = {},
          r,
          o;
        for (const n of t.split(/\r?\n/)) {
          const s = n.split(/(^|\s)[;#]/)[0].trim();
          if (s[0] === '[' && s[s.length - 1] === ']') {
            (r = void 0), (o = void 0);
            const a = s.substring(1, s.length - 1),
              c = Fv.exec(a);
            if (c) {
              const [, l, , d] = c;
              Object.values(sr).includes(l) && (r = [l, d].join('.'));
            } else r = a;
            if (Hv.includes(a)) throw new Error(`Found invalid profile name "${a}"`);
          } else if (r) {
            const a = s.indexOf('=');
            if (![0, -1].includes(a)) {
              const [c, l] = [s.substring(0, a).trim(), s.substring(a + 1).trim()];
              if (l === '') o = c;
              else {
                o && n.trimStart() === n && (o = void 0), (e[r] = e[r] || {});
                const d = o ? [o, c].join('.') : c;
                e[r][d] = l;
              }
            }
          }
        }
        return e;
      });
  });
import { readFile as Gv } from 'node:fs/promises';
var fl,
  kn,
  Mn,
  Ri = p(() => {
    (fl = {}),
      (kn = {}),
      (Mn = (t, e) =>
        kn[t] !== void 0 ? kn[t] : ((!fl[t] || e?.ignoreCache) && (fl[t] = Gv(t, 'utf8')), fl[t]));
  });
import { join as eg } from 'node:path';
var tg,
  vi,
  hl = p(() => {
    Yh();
    ul();
    Zh();
    vn();
    ml();
    Ri();
    (tg = () => ({})),
      (vi = async (t = {}) => {
        let { filepath: e = Qh(), configFilepath: r = Ci() } = t,
          o = Nr(),
          n = '~/',
          s = e;
        e.startsWith(n) && (s = eg(o, e.slice(2)));
        let i = r;
        r.startsWith(n) && (i = eg(o, r.slice(2)));
        const a = await Promise.all([
          Mn(i, { ignoreCache: t.ignoreCache }).then(Nn).then(Jh).catch(tg),
          Mn(s, { ignoreCache: t.ignoreCache }).then(Nn).catch(tg),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      });
  });
var rg,
  og = p(() => {
    ir();
    rg = (t) =>
      Object.entries(t)
        .filter(([e]) => e.startsWith(sr.SSO_SESSION + '.'))
        .reduce((e, [r, o]) => ({ ...e, [r.substring(r.indexOf('.') + 1)]: o }), {});
  });
var Vv,
  Ln,
  ng = p(() => {
    ul();
    og();
    ml();
    Ri();
    (Vv = () => ({})),
      (Ln = async (t = {}) =>
        Mn(t.configFilepath ?? Ci())
          .then(Nn)
          .then(rg)
          .catch(Vv));
  });
var sg,
  ig = p(() => {
    sg = (...t) => {
      const e = {};
      for (const r of t)
        for (const [o, n] of Object.entries(r)) e[o] !== void 0 ? Object.assign(e[o], n) : (e[o] = n);
      return e;
    };
  });
var Dt,
  ag = p(() => {
    hl();
    ig();
    Dt = async (t) => {
      const e = await vi(t);
      return sg(e.configFile, e.credentialsFile);
    };
  });
var Un,
  cg = p(() => {
    dl();
    Ri();
    Un = {
      getFileRecord() {
        return kn;
      },
      interceptFile(t, e) {
        kn[t] = Promise.resolve(e);
      },
      getTokenRecord() {
        return Dn;
      },
      interceptToken(t, e) {
        Dn[t] = e;
      },
    };
  });
function Oi(t) {
  try {
    const e = new Set(Array.from(t.match(/([A-Z_]){3,}/g) ?? []));
    return (e.delete('CONFIG'), e.delete('CONFIG_PREFIX_SEPARATOR'), e.delete('ENV'), [...e].join(', '));
  } catch {
    return t;
  }
}
var gl = p(() => {});
var pg,
  lg = p(() => {
    Ii();
    gl();
    pg = (t, e) => async () => {
      try {
        const r = t(process.env, e);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new x(r.message || `Not found in ENV: ${Oi(t.toString())}`, { logger: e?.logger });
      }
    };
  });
var dg,
  ug = p(() => {
    Ii();
    pl();
    hl();
    gl();
    dg =
      (t, { preferredFile: e = 'config', ...r } = {}) =>
      async () => {
        const o = Le(r),
          { configFile: n, credentialsFile: s } = await vi(r),
          i = s[o] || {},
          a = n[o] || {},
          c = e === 'config' ? { ...i, ...a } : { ...a, ...i };
        try {
          const d = t(c, e === 'config' ? n : s);
          if (d === void 0) throw new Error();
          return d;
        } catch (l) {
          throw new x(l.message || `Not found in config files w/ profile [${o}]: ${Oi(t.toString())}`, {
            logger: r.logger,
          });
        }
      };
  });
var zv,
  mg,
  fg = p(() => {
    qh();
    (zv = (t) => typeof t == 'function'), (mg = (t) => (zv(t) ? async () => await t() : Kh(t)));
  });
var T,
  Sl = p(() => {
    il();
    al();
    lg();
    ug();
    fg();
    T = ({ environmentVariableSelector: t, configFileSelector: e, default: r }, o = {}) => {
      const { signingName: n, logger: s } = o;
      return Ti(so(pg(t, { signingName: n, logger: s }), dg(e, o), mg(r)));
    };
  });
var hg,
  gg,
  Pt,
  Sg = p(() => {
    wi();
    Ai();
    (hg = 'AWS_USE_DUALSTACK_ENDPOINT'),
      (gg = 'use_dualstack_endpoint'),
      (Pt = {
        environmentVariableSelector: (t) => rt(t, hg, Me.ENV),
        configFileSelector: (t) => rt(t, gg, Me.CONFIG),
        default: !1,
      });
  });
var yg,
  Eg,
  Nt,
  xg = p(() => {
    wi();
    Ai();
    (yg = 'AWS_USE_FIPS_ENDPOINT'),
      (Eg = 'use_fips_endpoint'),
      (Nt = {
        environmentVariableSelector: (t) => rt(t, yg, Me.ENV),
        configFileSelector: (t) => rt(t, Eg, Me.CONFIG),
        default: !1,
      });
  });
var _g,
  yl,
  El,
  Ig,
  Tg,
  wg,
  Ag,
  bg,
  Cg,
  xl = p(() => {
    (_g = 'AWS_EXECUTION_ENV'),
      (yl = 'AWS_REGION'),
      (El = 'AWS_DEFAULT_REGION'),
      (Ig = 'AWS_EC2_METADATA_DISABLED'),
      (Tg = ['in-region', 'cross-region', 'mobile', 'standard', 'legacy']),
      (wg = '/latest/meta-data/placement/region'),
      (Ag = '/latest/api/token'),
      (bg = 'x-aws-ec2-metadata-token'),
      (Cg = 'x-aws-ec2-metadata-token-ttl-seconds');
  });
var Rg,
  jv,
  Dg,
  Di,
  vg,
  Wv,
  Og,
  _l = p(() => {
    xl();
    (Rg = 1e3),
      (jv = 6e4),
      (Dg = 0),
      (Di = async () => {
        if (!process.env[Ig] && !(Date.now() < Dg))
          try {
            const t = Wv(),
              e = (await Og({ ...t, path: Ag, method: 'PUT', headers: { [Cg]: '21600' } })).toString();
            return (
              (await Og({ ...t, path: wg, method: 'GET', headers: { [bg]: e } })).toString().trim() || vg()
            );
          } catch {
            return vg();
          }
      }),
      (vg = () => {
        Dg = Date.now() + jv;
      }),
      (Wv = () => {
        const t = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
        if (t) {
          const e = new URL(t);
          return { hostname: e.hostname.replace(/^\[(.+)]$/, '$1'), port: e.port ? Number(e.port) : void 0 };
        }
        return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === 'IPv6'
          ? { hostname: 'fd00:ec2::254' }
          : { hostname: '169.254.169.254' };
      }),
      (Og = async (t) => {
        const { request: e } = await import('node:http');
        return new Promise((r, o) => {
          const n = e({
            hostname: t.hostname,
            port: t.port,
            path: t.path,
            method: t.method,
            headers: t.headers,
            timeout: Rg,
            signal: AbortSignal.timeout(Rg),
          });
          n.on('error', (s) => {
            o(s), n.destroy();
          }),
            n.on('timeout', () => {
              o(new Error('TimeoutError from instance metadata service')), n.destroy();
            }),
            n.on('response', (s) => {
              const { statusCode: i = 400 } = s;
              if (i < 200 || i >= 300) {
                o(
                  Object.assign(new Error('Error response received from instance metadata service'), {
                    statusCode: i,
                  }),
                ),
                  n.destroy();
                return;
              }
              const a = [];
              s.on('data', (c) => a.push(c)),
                s.on('end', () => {
                  r(Buffer.concat(a)), n.destroy();
                });
            }),
            n.end();
        });
      });
  });
var Pg,
  Ng,
  Ue,
  ot,
  Il = p(() => {
    _l();
    (Pg = 'AWS_REGION'),
      (Ng = 'region'),
      (Ue = {
        environmentVariableSelector: (t) => t[Pg],
        configFileSelector: (t) => t[Ng],
        default: async () => {
          const t = await Di();
          if (t) return t;
          throw new Error('Region is missing');
        },
      }),
      (ot = { preferredFile: 'credentials' });
  });
var kg,
  Mg,
  Lg = p(() => {
    j();
    (kg = new Set()),
      (Mg = (t, e = ar) => {
        if (!kg.has(t) && !e(t))
          if (t === '*')
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else throw new Error(`Region not accepted: region="${t}" is not a valid hostname component.`);
        else kg.add(t);
      });
  });
var Pi,
  Tl = p(() => {
    Pi = (t) => typeof t == 'string' && (t.startsWith('fips-') || t.endsWith('-fips'));
  });
var Ug,
  $g = p(() => {
    Tl();
    Ug = (t) =>
      Pi(t)
        ? ['fips-aws-global', 'aws-fips'].includes(t)
          ? 'us-east-1'
          : t.replace(/fips-(dkr-|prod-)?|-fips/, '')
        : t;
  });
var kt,
  Bg = p(() => {
    Lg();
    $g();
    Tl();
    kt = (t) => {
      const { region: e, useFipsEndpoint: r } = t;
      if (!e) throw new Error('Region is missing');
      return Object.assign(t, {
        region: async () => {
          const o = typeof e == 'function' ? await e() : e,
            n = Ug(o);
          return (Mg(n), n);
        },
        useFipsEndpoint: async () => {
          const o = typeof e == 'string' ? e : await e();
          return Pi(o) ? !0 : typeof r != 'function' ? Promise.resolve(!!r) : r();
        },
      });
    };
  });
var Kv,
  qv,
  Fg,
  Hg = p(() => {
    (Kv = 'AWS_DEFAULTS_MODE'),
      (qv = 'defaults_mode'),
      (Fg = {
        environmentVariableSelector: (t) => t[Kv],
        configFileSelector: (t) => t[qv],
        default: 'legacy',
      });
  });
var Mt,
  Xv,
  Jv,
  Gg = p(() => {
    Il();
    _l();
    Sl();
    al();
    xl();
    Hg();
    (Mt = ({ region: t = T(Ue), defaultsMode: e = T(Fg) } = {}) =>
      Ti(async () => {
        const r = typeof e == 'function' ? await e() : e;
        switch (r?.toLowerCase()) {
          case 'auto':
            return Xv(t);
          case 'in-region':
          case 'cross-region':
          case 'mobile':
          case 'standard':
          case 'legacy':
            return Promise.resolve(r?.toLocaleLowerCase());
          case void 0:
            return Promise.resolve('legacy');
          default:
            throw new Error(`Invalid parameter for "defaultsMode", expect ${Tg.join(', ')}, got ${r}`);
        }
      })),
      (Xv = async (t) => {
        if (t) {
          const e = typeof t == 'function' ? await t() : t,
            r = await Jv();
          return r ? (e === r ? 'in-region' : 'cross-region') : 'standard';
        }
        return 'standard';
      }),
      (Jv = async () =>
        process.env[_g] && (process.env[yl] || process.env[El])
          ? (process.env[yl] ?? process.env[El])
          : Di());
  });
var D = p(() => {
  Rn();
  Ii();
  Wh();
  il();
  wi();
  Ai();
  pl();
  ll();
  dl();
  ng();
  ag();
  cg();
  Sl();
  Sg();
  xg();
  Il();
  Bg();
  Gg();
});
var Vg,
  zg,
  jg,
  Wg = p(() => {
    (Vg = 'AWS_ENDPOINT_URL'),
      (zg = 'endpoint_url'),
      (jg = (t) => ({
        environmentVariableSelector: (e) => {
          const r = t.split(' ').map((s) => s.toUpperCase()),
            o = e[[Vg, ...r].join('_')];
          if (o) return o;
          const n = e[Vg];
          if (n) return n;
        },
        configFileSelector: (e, r) => {
          if (e.services) {
            const n = ['services', e.services].join('.');
            if (!r || !r[n])
              throw new Error(
                `The services section "${e.services}" specified in the profile is not present in the shared configuration file.`,
              );
            const s = r[n],
              i = t.split(' ').map((c) => c.toLowerCase()),
              a = s[[i.join('_'), zg].join('.')];
            if (a) return a;
          }
          const o = e[zg];
          if (o) return o;
        },
        default: void 0,
      }));
  });
var Yv,
  Qv,
  Kg,
  qg = p(() => {
    D();
    (Yv = 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'),
      (Qv = 'ignore_configured_endpoint_urls'),
      (Kg = {
        environmentVariableSelector: (t) => rt(t, Yv, Me.ENV),
        configFileSelector: (t) => rt(t, Qv, Me.CONFIG),
        default: !1,
      });
  });
var $n,
  Xg = p(() => {
    D();
    Wg();
    qg();
    $n = async (t) => {
      if (!(await T(Kg)())) return T(jg(t ?? ''))();
    };
  });
var wl,
  Zv,
  eO,
  tO,
  Jg,
  Yg,
  Qg = p(() => {
    (wl = async (t) => {
      const e = t?.Bucket || '';
      if (
        (typeof t.Bucket == 'string' &&
          (t.Bucket = e.replace(/#/g, encodeURIComponent('#')).replace(/\?/g, encodeURIComponent('?'))),
        Yg(e))
      ) {
        if (t.ForcePathStyle === !0) throw new Error('Path-style addressing cannot be used with ARN buckets');
      } else
        (!Jg(e) ||
          (e.indexOf('.') !== -1 && !String(t.Endpoint).startsWith('http:')) ||
          e.toLowerCase() !== e ||
          e.length < 3) &&
          (t.ForcePathStyle = !0);
      return (
        t.DisableMultiRegionAccessPoints && ((t.disableMultiRegionAccessPoints = !0), (t.DisableMRAP = !0)), t
      );
    }),
      (Zv = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (eO = /(\d+\.){3}\d+/),
      (tO = /\.\./),
      (Jg = (t) => Zv.test(t) && !eO.test(t) && !tO.test(t)),
      (Yg = (t) => {
        const [e, r, o, , , n] = t.split(':'),
          s = e === 'arn' && t.split(':').length >= 6,
          i = !!(s && r && o && n);
        if (s && !i) throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);
        return i;
      });
  });
var Zg = p(() => {
  Qg();
});
var eS,
  tS = p(() => {
    eS = (t, e, r, o = !1) => {
      const n = async () => {
        let s;
        return (
          o ? (s = r.clientContextParams?.[t] ?? r[t] ?? r[e]) : (s = r[t] ?? r[e]),
          typeof s == 'function' ? s() : s
        );
      };
      return t === 'credentialScope' || e === 'CredentialScope'
        ? async () => {
            const s = typeof r.credentials == 'function' ? await r.credentials() : r.credentials;
            return s?.credentialScope ?? s?.CredentialScope;
          }
        : t === 'accountId' || e === 'AccountId'
          ? async () => {
              const s = typeof r.credentials == 'function' ? await r.credentials() : r.credentials;
              return s?.accountId ?? s?.AccountId;
            }
          : t === 'endpoint' || e === 'endpoint'
            ? async () => {
                if (r.isCustomEndpoint === !1) return;
                const s = await n();
                if (s && typeof s == 'object') {
                  if ('url' in s) return s.url.href;
                  if ('hostname' in s) {
                    const { protocol: i, hostname: a, port: c, path: l } = s;
                    return `${i}//${a}${c ? ':' + c : ''}${l}`;
                  }
                }
                return s;
              }
            : n;
    };
  });
var Al = p(() => {
  j();
});
function Ni(t) {
  return async (e, r, o, n) => {
    if (!o.isCustomEndpoint && !o.ignoreConfiguredEndpointUrls) {
      let a;
      o.serviceConfiguredEndpoint ? (a = await o.serviceConfiguredEndpoint()) : (a = await t(o.serviceId)),
        a &&
          ((o.endpoint = () => Promise.resolve(Dr(a))),
          (o.isCustomEndpoint = !0),
          n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${a}`));
    }
    const s = await ki(e, r, o);
    if (typeof o.endpointProvider != 'function') throw new Error('config.endpointProvider is not set.');
    const i = o.endpointProvider(s, n);
    if (o.isCustomEndpoint && o.endpoint) {
      const a = await o.endpoint();
      if (a?.headers) {
        i.headers ??= {};
        for (const [c, l] of Object.entries(a.headers)) i.headers[c] = Array.isArray(l) ? l : [l];
      }
    }
    return i;
  };
}
var ki,
  Mi = p(() => {
    Zg();
    tS();
    Al();
    ki = async (t, e, r) => {
      const o = {},
        n = e?.getEndpointParameterInstructions?.() || {};
      for (const [s, i] of Object.entries(n))
        switch (i.type) {
          case 'staticContextParams':
            o[s] = i.value;
            break;
          case 'contextParams':
            o[s] = t[i.name];
            break;
          case 'clientContextParams':
          case 'builtInParams':
            o[s] = await eS(i.name, s, r, i.type !== 'builtInParams')();
            break;
          case 'operationContextParams':
            o[s] = i.get(t);
            break;
          default:
            throw new Error('Unrecognized endpoint parameter instruction: ' + JSON.stringify(i));
        }
      return (
        Object.keys(n).length === 0 && Object.assign(o, r),
        String(r.serviceId).toLowerCase() === 's3' && (await wl(o)),
        o
      );
    };
  });
function rO(t, e, r) {
  t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r);
}
function Li(t) {
  const e = Ni(t);
  return ({ config: r, instructions: o }) =>
    (n, s) =>
    async (i) => {
      r.isCustomEndpoint && rO(s, 'ENDPOINT_OVERRIDE', 'N');
      const a = await e(
        i.input,
        {
          getEndpointParameterInstructions() {
            return o;
          },
        },
        { ...r },
        s,
      );
      (s.endpointV2 = a), (s.authSchemes = a.properties?.authSchemes);
      const c = s.authSchemes?.[0];
      if (c) {
        (s.signing_region = c.signingRegion), (s.signing_service = c.signingName);
        const d = ee(s)?.selectedHttpAuthScheme?.httpAuthOption;
        d &&
          (d.signingProperties = Object.assign(
            d.signingProperties || {},
            {
              signing_region: c.signingRegion,
              signingRegion: c.signingRegion,
              signing_service: c.signingName,
              signingName: c.signingName,
              signingRegionSet: c.signingRegionSet,
            },
            c.properties,
          ));
      }
      return n({ ...i });
    };
}
var bl = p(() => {
  j();
  Mi();
});
function rS(t) {
  const e = Li(t);
  return (r, o) => ({
    applyToStack: (n) => {
      n.addRelativeTo(e({ config: r, instructions: o }), nO);
    },
  });
}
var oO,
  nO,
  oS = p(() => {
    bl();
    (oO = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 }),
      (nO = {
        step: 'serialize',
        tags: ['ENDPOINT_PARAMETERS', 'ENDPOINT_V2', 'ENDPOINT'],
        name: 'endpointV2Middleware',
        override: !0,
        relation: 'before',
        toMiddleware: oO.name,
      });
  });
function nS(t) {
  return (e) => {
    let r = e.tls ?? !0,
      { endpoint: o, useDualstackEndpoint: n, useFipsEndpoint: s } = e,
      i = o != null ? async () => Dr(await W(o)()) : void 0,
      c = Object.assign(e, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!o,
        useDualstackEndpoint: W(n ?? !1),
        useFipsEndpoint: W(s ?? !1),
        ignoreConfiguredEndpointUrls: !!e.ignoreConfiguredEndpointUrls,
      }),
      l;
    return ((c.serviceConfiguredEndpoint = async () => (e.serviceId && !l && (l = t(e.serviceId)), l)), c);
  };
}
var sS = p(() => {
  j();
  Al();
});
var nt,
  iS = p(() => {
    nt = class t {
      nodes;
      root;
      conditions;
      results;
      constructor(e, r, o, n) {
        (this.nodes = e), (this.root = r), (this.conditions = o), (this.results = n);
      }
      static from(e, r, o, n) {
        return new t(e, r, o, n);
      }
    };
  });
var st,
  aS = p(() => {
    st = class {
      capacity;
      data = new Map();
      parameters = [];
      constructor({ size: e, params: r }) {
        (this.capacity = e ?? 50), r && (this.parameters = r);
      }
      get(e, r) {
        const o = this.hash(e);
        if (o === !1) return r();
        if (!this.data.has(o)) {
          if (this.data.size > this.capacity + 10) {
            let n = this.data.keys(),
              s = 0;
            for (;;) {
              const { value: i, done: a } = n.next();
              if ((this.data.delete(i), a || ++s > 10)) break;
            }
          }
          this.data.set(o, r());
        }
        return this.data.get(o);
      }
      size() {
        return this.data.size;
      }
      hash(e) {
        let r = '',
          { parameters: o } = this;
        if (o.length === 0) return !1;
        for (const n of o) {
          const s = e[n],
            i = s == null ? '\0' : String(s);
          if (i.includes('|;')) return !1;
          r += i + '|;';
        }
        return r;
      }
    };
  });
var se,
  cS = p(() => {
    se = class extends Error {
      constructor(e) {
        super(e), (this.name = 'EndpointError');
      }
    };
  });
var Ir = p(() => {
  cS();
});
var Cl,
  pS = p(() => {
    Cl = 'endpoints';
  });
function Fo(t) {
  return typeof t != 'object' || t == null
    ? t
    : 'ref' in t
      ? `$${Fo(t.ref)}`
      : 'fn' in t
        ? `${t.fn}(${(t.argv || []).map(Fo).join(', ')})`
        : JSON.stringify(t, null, 2);
}
var lS = p(() => {});
var dS = p(() => {
  pS();
  lS();
});
var $e,
  Rl = p(() => {
    $e = {};
  });
var vl,
  uS = p(() => {
    vl = (t, e) => t === e;
  });
function Ol(...t) {
  for (const e of t) if (e != null) return e;
}
var mS = p(() => {});
var fS,
  hS = p(() => {
    Ir();
    fS = (t) => {
      const e = t.split('.'),
        r = [];
      for (const o of e) {
        const n = o.indexOf('[');
        if (n !== -1) {
          if (o.indexOf(']') !== o.length - 1) throw new se(`Path: '${t}' does not end with ']'`);
          const s = o.slice(n + 1, -1);
          if (Number.isNaN(parseInt(s))) throw new se(`Invalid array index: '${s}' in path: '${t}'`);
          n !== 0 && r.push(o.slice(0, n)), r.push(s);
        } else r.push(o);
      }
      return r;
    };
  });
var Bn,
  gS = p(() => {
    Ir();
    hS();
    Bn = (t, e) =>
      fS(e).reduce((r, o) => {
        if (typeof r != 'object') throw new se(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);
        if (Array.isArray(r)) {
          const n = parseInt(o);
          return r[n < 0 ? r.length + n : n];
        }
        return r[o];
      }, t);
  });
var Dl,
  SS = p(() => {
    Dl = (t) => t != null;
  });
function Pl(t, e, r) {
  return t ? e : r;
}
var yS = p(() => {});
var Nl,
  ES = p(() => {
    Nl = (t) => !t;
  });
var sO,
  Ho,
  kl = p(() => {
    (sO = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)){3}$/),
      (Ho = (t) => sO.test(t) || (t.startsWith('[') && t.endsWith(']')));
  });
var Ml,
  Ll,
  xS = p(() => {
    ir();
    kl();
    (Ml = { [oo.HTTP]: 80, [oo.HTTPS]: 443 }),
      (Ll = (t) => {
        const e = (() => {
          try {
            if (t instanceof URL) return t;
            if (typeof t == 'object' && 'hostname' in t) {
              const { hostname: m, port: f, protocol: h = '', path: S = '', query: g = {} } = t,
                y = new URL(`${h}//${m}${f ? `:${f}` : ''}${S}`);
              return (
                (y.search = Object.entries(g)
                  .map(([E, I]) => `${E}=${I}`)
                  .join('&')),
                y
              );
            }
            return new URL(t);
          } catch {
            return null;
          }
        })();
        if (!e) return (console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`), null);
        const r = e.href,
          { host: o, hostname: n, pathname: s, protocol: i, search: a } = e;
        if (a) return null;
        const c = i.slice(0, -1);
        if (!Object.values(oo).includes(c)) return null;
        const l = Ho(n),
          d = r.includes(`${o}:${Ml[c]}`) || (typeof t == 'string' && t.includes(`${o}:${Ml[c]}`)),
          u = `${o}${d ? `:${Ml[c]}` : ''}`;
        return { scheme: c, authority: u, path: s, normalizedPath: s.endsWith('/') ? s : `${s}/`, isIp: l };
      });
  });
function Ul(t, e, r) {
  if (r === 1) return [t];
  if (t === '') return [''];
  const o = t.split(e);
  return r === 0 ? o : o.slice(0, r - 1).concat(o.slice(1).join(e));
}
var _S = p(() => {});
var $l,
  IS = p(() => {
    $l = (t, e) => t === e;
  });
var Bl,
  TS = p(() => {
    Bl = (t, e, r, o) =>
      t == null || e >= r || t.length < r || /[^\u0000-\u007f]/.test(t)
        ? null
        : o
          ? t.substring(t.length - r, t.length - e)
          : t.substring(e, r);
  });
var Fl,
  wS = p(() => {
    Fl = (t) =>
      encodeURIComponent(t).replace(/[!*'()]/g, (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`);
  });
var Hl = p(() => {
  uS();
  mS();
  gS();
  SS();
  j();
  yS();
  ES();
  xS();
  _S();
  IS();
  TS();
  wS();
});
var AS,
  bS = p(() => {
    Hl();
    AS = {
      booleanEquals: vl,
      coalesce: Ol,
      getAttr: Bn,
      isSet: Dl,
      isValidHostLabel: ar,
      ite: Pl,
      not: Nl,
      parseURL: Ll,
      split: Ul,
      stringEquals: $l,
      substring: Bl,
      uriEncode: Fl,
    };
  });
var Ui,
  Gl = p(() => {
    Hl();
    Ui = (t, e) => {
      let r = [],
        { referenceRecord: o, endpointParams: n } = e,
        s = 0;
      for (; s < t.length; ) {
        const i = t.indexOf('{', s);
        if (i === -1) {
          r.push(t.slice(s));
          break;
        }
        r.push(t.slice(s, i));
        const a = t.indexOf('}', i);
        if (a === -1) {
          r.push(t.slice(i));
          break;
        }
        t[i + 1] === '{' && t[a + 1] === '}' && (r.push(t.slice(i + 1, a)), (s = a + 2));
        const c = t.substring(i + 1, a);
        if (c.includes('#')) {
          const [l, d] = c.split('#');
          r.push(Bn(o[l] ?? n[l], d));
        } else r.push(o[c] ?? n[c]);
        s = a + 1;
      }
      return r.join('');
    };
  });
var CS,
  RS = p(() => {
    CS = ({ ref: t }, e) => e.referenceRecord[t] ?? e.endpointParams[t];
  });
var ao,
  $i,
  vS,
  Fn = p(() => {
    Ir();
    Rl();
    bS();
    Gl();
    RS();
    (ao = (t, e, r) => {
      if (typeof t == 'string') return Ui(t, r);
      if (t.fn) return vS.callFunction(t, r);
      if (t.ref) return CS(t, r);
      throw new se(`'${e}': ${String(t)} is not a string, function or reference.`);
    }),
      ($i = ({ fn: t, argv: e }, r) => {
        const o = Array(e.length);
        for (let i = 0; i < o.length; ++i) {
          const a = e[i];
          typeof a == 'boolean' || typeof a == 'number'
            ? (o[i] = a)
            : (o[i] = vS.evaluateExpression(a, 'arg', r));
        }
        const n = t.indexOf('.');
        if (n !== -1) {
          const a = $e[t.slice(0, n)]?.[t.slice(n + 1)];
          if (typeof a == 'function') return a(...o);
        }
        const s = AS[t];
        if (typeof s == 'function') return s(...o);
        throw new Error(`function ${t} not loaded in endpointFunctions.`);
      }),
      (vS = { evaluateExpression: ao, callFunction: $i });
  });
var OS = p(() => {
  Fn();
});
var DS,
  PS = p(() => {
    dS();
    Ir();
    OS();
    DS = (t, e) => {
      const { assign: r } = t;
      if (r && r in e.referenceRecord) throw new se(`'${r}' is already defined in Reference Record.`);
      const o = $i(t, e);
      e.logger?.debug?.(`${Cl} evaluateCondition: ${Fo(t)} = ${Fo(o)}`);
      const n = o === '' ? !0 : !!o;
      return r != null ? { result: n, toAssign: { name: r, value: o } } : { result: n };
    };
  });
var NS,
  kS = p(() => {
    Ir();
    Fn();
    NS = (t, e) =>
      Object.entries(t ?? {}).reduce(
        (r, [o, n]) => (
          (r[o] = n.map((s) => {
            const i = ao(s, 'Header value entry', e);
            if (typeof i != 'string') throw new se(`Header '${o}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var Vl,
  MS,
  LS,
  US = p(() => {
    Ir();
    Gl();
    (Vl = (t, e) => Object.entries(t).reduce((r, [o, n]) => ((r[o] = LS.getEndpointProperty(n, e)), r), {})),
      (MS = (t, e) => {
        if (Array.isArray(t)) return t.map((r) => MS(r, e));
        switch (typeof t) {
          case 'string':
            return Ui(t, e);
          case 'object':
            if (t === null) throw new se(`Unexpected endpoint property: ${t}`);
            return LS.getEndpointProperties(t, e);
          case 'boolean':
            return t;
          default:
            throw new se(`Unexpected endpoint property type: ${typeof t}`);
        }
      }),
      (LS = { getEndpointProperty: MS, getEndpointProperties: Vl });
  });
var $S,
  BS = p(() => {
    Ir();
    Fn();
    $S = (t, e) => {
      const r = ao(t, 'Endpoint URL', e);
      if (typeof r == 'string')
        try {
          return new URL(r);
        } catch (o) {
          throw (console.error(`Failed to construct URL with ${r}`, o), o);
        }
      throw new se(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var zl,
  Lt,
  FS = p(() => {
    Ir();
    PS();
    Fn();
    kS();
    US();
    BS();
    (zl = 1e8),
      (Lt = (t, e) => {
        let { nodes: r, root: o, results: n, conditions: s } = t,
          i = o,
          a = {},
          c = { referenceRecord: a, endpointParams: e.endpointParams, logger: e.logger };
        for (; i !== 1 && i !== -1 && i < zl; ) {
          const l = 3 * (Math.abs(i) - 1),
            [d, u, m] = [r[l], r[l + 1], r[l + 2]],
            [f, h, S] = s[d],
            g = DS({ fn: f, assign: S, argv: h }, c);
          if (g.toAssign) {
            const { name: y, value: E } = g.toAssign;
            a[y] = E;
          }
          i = i >= 0 === g.result ? u : m;
        }
        if (i >= zl) {
          const l = n[i - zl];
          if (l[0] === -1) {
            const [, f] = l;
            throw new se(ao(f, 'Error', c));
          }
          const [d, u, m] = l;
          return { url: $S(d, c), properties: Vl(u, c), headers: NS(m ?? {}, c) };
        }
        throw new se('No matching endpoint.');
      });
  });
var KG,
  pr,
  qG,
  lr,
  Y = p(() => {
    Xg();
    Mi();
    bl();
    oS();
    sS();
    iS();
    aS();
    FS();
    kl();
    j();
    Rl();
    Mi();
    (KG = Ni($n)), (pr = nS($n)), (qG = Li($n)), (lr = rS($n));
  });
var Hn,
  Bi,
  Fi = p(() => {
    (Hn = (t) =>
      typeof ReadableStream == 'function' &&
      (t?.constructor?.name === ReadableStream.name || t instanceof ReadableStream)),
      (Bi = (t) => typeof Blob == 'function' && (t?.constructor?.name === Blob.name || t instanceof Blob));
  });
var HS,
  GS = p(() => {
    HS = (t) => new TextEncoder().encode(t);
  });
var VS,
  s4,
  zS,
  Hi,
  jl,
  jS,
  WS = p(() => {
    (VS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
      (s4 = Object.entries(VS).reduce((t, [e, r]) => ((t[r] = Number(e)), t), {})),
      (zS = VS.split('')),
      (Hi = 6),
      (jl = 8),
      (jS = 63);
  });
function KS(t) {
  let e;
  typeof t == 'string' ? (e = HS(t)) : (e = t);
  const r = typeof e == 'object' && typeof e.length == 'number',
    o = typeof e == 'object' && typeof e.byteOffset == 'number' && typeof e.byteLength == 'number';
  if (!r && !o)
    throw new Error('@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.');
  let n = '';
  for (let s = 0; s < e.length; s += 3) {
    let i = 0,
      a = 0;
    for (let l = s, d = Math.min(s + 3, e.length); l < d; l++) (i |= e[l] << ((d - l - 1) * jl)), (a += jl);
    const c = Math.ceil(a / Hi);
    i <<= c * Hi - a;
    for (let l = 1; l <= c; l++) {
      const d = (c - l) * Hi;
      n += zS[(i & (jS << d)) >> d];
    }
    n += '=='.slice(0, 4 - c);
  }
  return n;
}
var qS = p(() => {
  GS();
  WS();
});
var XS,
  JS = p(() => {
    XS = (t) => {
      if (typeof t == 'string') return t;
      if (typeof t != 'object' || typeof t.byteOffset != 'number' || typeof t.byteLength != 'number')
        throw new Error('@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.');
      return new TextDecoder('utf-8').decode(t);
    };
  });
async function Wl(t) {
  return t.arrayBuffer().then((e) => new Uint8Array(e));
}
async function Kl(t) {
  let e = [],
    r = t.getReader(),
    o = 0;
  for (;;) {
    const { done: n, value: s } = await r.read();
    if ((s && (e.push(s), (o += s.length)), n)) break;
  }
  return _i(e, o);
}
var YS,
  ql = p(() => {
    sl();
    Fi();
    YS = async (t) => (Bi(t) ? Wl(t) : Kl(t));
  });
var QS,
  ey,
  ZS,
  ty = p(() => {
    qS();
    nl();
    JS();
    ql();
    Fi();
    (QS = 'The stream has already been transformed.'),
      (ey = (t) => {
        if (!ZS(t) && !Hn(t)) {
          const n = t?.__proto__?.constructor?.name || t;
          throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`);
        }
        let e = !1,
          r = async () => {
            if (e) throw new Error(QS);
            return ((e = !0), await YS(t));
          },
          o = (n) => {
            if (typeof n.stream != 'function')
              throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);
            return n.stream();
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (n) => {
            const s = await r();
            if (n === 'base64') return KS(s);
            if (n === 'hex') return re(s);
            if (n === void 0 || n === 'utf8' || n === 'utf-8') return XS(s);
            if (typeof TextDecoder == 'function') return new TextDecoder(n).decode(s);
            throw new Error('TextDecoder is not available, please make sure polyfill is provided.');
          },
          transformToWebStream: () => {
            if (e) throw new Error(QS);
            if (((e = !0), ZS(t))) return o(t);
            if (Hn(t)) return t;
            throw new Error(`Cannot transform payload to web stream, got ${t}`);
          },
        });
      }),
      (ZS = (t) => typeof Blob == 'function' && t instanceof Blob);
  });
import { Writable as iO } from 'node:stream';
var je,
  Xl,
  Jl = p(() => {
    sl();
    ql();
    Fi();
    (je = (t) =>
      Bi(t)
        ? Wl(t)
        : Hn(t)
          ? Kl(t)
          : new Promise((e, r) => {
              const o = new Xl(),
                n = t;
              n.pipe(o),
                n.on('error', (s) => {
                  o.end(), r(s);
                }),
                o.on('error', r),
                o.on('finish', function () {
                  const s = _i(this.bufferedBytes);
                  e(s);
                });
            })),
      (Xl = class extends iO {
        bufferedBytes = [];
        _write(e, r, o) {
          this.bufferedBytes.push(e), o();
        }
      });
  });
import { Readable as Yl } from 'node:stream';
var ry,
  Gn,
  oy = p(() => {
    Uo();
    ty();
    Jl();
    (ry = 'The stream has already been transformed.'),
      (Gn = (t) => {
        if (!(t instanceof Yl))
          try {
            return ey(t);
          } catch {
            const n = t?.__proto__?.constructor?.name || t;
            throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`);
          }
        let e = !1,
          r = async () => {
            if (e) throw new Error(ry);
            return ((e = !0), await je(t));
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (o) => {
            const n = await r();
            return o === void 0 || Buffer.isEncoding(o)
              ? Lo(n.buffer, n.byteOffset, n.byteLength).toString(o)
              : new TextDecoder(o).decode(n);
          },
          transformToWebStream: () => {
            if (e) throw new Error(ry);
            if (t.readableFlowing !== null)
              throw new Error('The stream has been consumed by other callbacks.');
            if (typeof Yl.toWeb != 'function')
              throw new Error('Readable.toWeb() is not supported. Please ensure a polyfill is available.');
            return ((e = !0), Yl.toWeb(t));
          },
        });
      });
  });
function Tr(t) {
  Object.defineProperty(t, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var ny = p(() => {});
import { getRandomValues as aO } from 'node:crypto';
var Go,
  cO,
  Ql,
  Vo,
  R = p(() => {
    yh();
    Eh();
    _h();
    yi();
    Ih();
    wh();
    Nh();
    kh();
    Mh();
    $h();
    Bh();
    Fh();
    Gh();
    nl();
    zh();
    jh();
    Gp();
    oy();
    Jl();
    j();
    ny();
    (Go = class extends xh(J, te, ae, de) {}), (cO = aO), (Ql = Th(cO)), (Vo = Ql);
  });
var be,
  zo = p(() => {
    R();
    be = async (t = new Uint8Array(), e) => {
      if (t instanceof Uint8Array) return Go.mutate(t);
      if (!t) return Go.mutate(new Uint8Array());
      const r = e.streamCollector(t);
      return Go.mutate(await r);
    };
  });
function co(t) {
  return /^[\w.~-]+$/.test(t)
    ? t
    : encodeURIComponent(t).replace(/[!'()*]/g, (e) => '%' + e.charCodeAt(0).toString(16).toUpperCase());
}
var Zl = p(() => {});
var iy,
  Ee,
  pO,
  lO,
  dO,
  uO,
  Gi,
  sy,
  po = p(() => {
    K();
    R();
    (iy = Symbol.for('@smithy/schema-x')),
      (Ee = class t extends O {
        static identity = Symbol.for('@smithy/HttpBindingNormalizedSchema');
        identity = t.identity;
        bindings;
        constructor(e) {
          super(e);
        }
        static of(e) {
          const r = O.of(e);
          if (r.identity === t.identity) return r;
          const o = r.isMemberSchema() ? r : r.getSchema(),
            n = typeof o == 'object' && o !== null ? o : r;
          return (n[iy] ??= new t(r));
        }
        getHttpBindingLocation(e) {
          return e.httpPayload
            ? 36
            : e.httpLabel
              ? 33
              : e.httpHeader
                ? 38
                : typeof e.httpPrefixHeaders == 'string'
                  ? 39
                  : e.httpQuery
                    ? 34
                    : e.httpQueryParams
                      ? 35
                      : e.httpResponseCode
                        ? 37
                        : 32;
        }
        getHttpBindingValue(e, r, o = !1) {
          let n = this.getSchema(),
            s = typeof n == 'number' ? n & 255 : this.isListSchema() ? 64 : 255,
            i = e & 7,
            a = r.mediaType
              ? r.mediaType === 'application/json' || r.mediaType.endsWith('+json')
                ? 2
                : 1
              : 0,
            c = r.streaming || s === 42 ? (this.isStructSchema() ? 2 : 1) : 0,
            l = s >= 4 && s <= 7 ? (i >= 6 ? 2 : i > 0 && i < 4 ? 1 : 0) : 0,
            d =
              s |
              (a << 8) |
              ((r.idempotencyToken ? 1 : 0) << 10) |
              (c << 11) |
              ((r.sparse ? 1 : 0) << 13) |
              (l << 14) |
              ((r.hostLabel ? 1 : 0) << 17) |
              ((e === 36 && typeof n != 'object' ? 1 : 0) << 18),
            u = s & 192,
            m = i & 2 && (u === 64 || (!o && i & 1)) ? this.getHttpBindingCollectionValue(e, r) : void 0,
            f = (m?.[1] ?? 0) & 255;
          return ((d |= (i >= 6 && (f === 4 || f === 6) ? 1 : 0) << 16), [this, d, m]);
        }
        getHttpBindingCollectionValue(e, r = this.getMergedTraits()) {
          const o = t.of(this.getValueSchema());
          return o.getHttpBindingValue(e, { ...o.getMergedTraits(), ...r }, !0);
        }
        getHttpBindings() {
          const e = this.getSchema();
          return typeof e != 'object' || e === null ? uO : (this.bindings ??= pO(this));
        }
      }),
      (pO = (t) => {
        const e = [],
          r = [],
          o = [],
          n = [],
          s = [],
          i = {},
          a = {},
          c = [],
          l = { headers: a, prefixHeaders: c },
          d = { request: { memberBindings: s, byName: i }, response: { bodyMemberNames: e, bindings: l } },
          { request: u, response: m } = d;
        for (const [f, h] of t.structIterator()) {
          const S = Ee.of(h),
            g = S.getMergedTraits(),
            y = S.getHttpBindingLocation(g),
            E = g.httpHeader?.toLowerCase() ?? g.httpPrefixHeaders?.toLowerCase() ?? g.httpQuery,
            I = S.getHttpBindingValue(y, g),
            w = [f, I, y, E];
          f === '__proto__' && Tr(i), (i[f] = w), (I[1] >> 10) & 1 && (u.hasIdempotency = !0), s.push(w);
          const v = y & 7;
          if ((v === 0 && (o.push(f), n.push(h)), (v & 4) === 0)) e.push(f), r.push(h);
          else if ((v & 6) === 4)
            if (v & 1) l.statusCode = w;
            else {
              l.payload = w;
              const z = I[1] & 255;
              u.contentTypeInstruction =
                g.mediaType ??
                (z === 0 ? 'text/plain' : z === 21 || z === 42 ? 'application/octet-stream' : null);
            }
          else v & 1 ? ((u.hasPrefixHeaders = !0), c.push(w)) : (E === '__proto__' && Tr(a), (a[E] = w));
        }
        return (
          u.contentTypeInstruction === void 0 && o.length && (u.contentTypeInstruction = null),
          (u.syntheticBodySchema = sy(t, o, n)),
          (m.syntheticBodySchema = sy(t, e, r)),
          d
        );
      }),
      (lO = (t) => {
        let e = [],
          r = 0;
        for (const o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))
          o.index > r && e.push([t.slice(r, o.index), 0]),
            e.push([o[1], o[2] ? 2 : 1]),
            (r = o.index + o[0].length);
        return (e.length && r < t.length && e.push([t.slice(r), 0]), e.length ? e : void 0);
      }),
      (dO = (t) => {
        const { http: e, endpoint: r } = Pr(t.traits ?? {}),
          [o, n] = e?.[1].split('?') ?? [];
        return [e?.[0], o, n ? [...new URLSearchParams(n)] : [], o ? lO(o) : void 0, r?.[0]];
      }),
      (uO = {
        request: { memberBindings: [], byName: {} },
        response: { bodyMemberNames: [], bindings: { headers: {}, prefixHeaders: [] } },
      }),
      (Gi = (t) => (t[iy] ??= dO(t))),
      (sy = (t, e, r) => {
        if (!e.length) return;
        const o = t.getSchema(),
          n = [3, o[1], o[2], t.getMergedTraits(), e, r],
          s = o[6],
          i = s && e.reduce((a, c) => a + (o[4].indexOf(c) < s ? 1 : 0), 0);
        return (i && (n[6] = i), n);
      });
  });
var dr,
  Vn = p(() => {
    dr = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var ay,
  ed,
  Vi,
  cy = p(() => {
    ay = new Uint32Array(256);
    for (let t = 0; t < 256; ++t) {
      let e = t;
      for (let r = 0; r < 8; ++r) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      ay[t] = e >>> 0;
    }
    (ed = 4294967295),
      (Vi = class {
        digestLength = 4;
        checksum = ed;
        update(e) {
          for (let r = 0; r < e.length; ++r)
            this.checksum = (this.checksum >>> 8) ^ ay[(this.checksum ^ e[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ ed) >>> 0;
        }
        async digest() {
          const e = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, e, !1), r);
        }
        reset() {
          this.checksum = ed;
        }
      });
  });
import * as td from 'node:zlib';
function mO(t) {
  return class {
    digestLength = 4;
    value = 0;
    update(r) {
      this.value = t(r, this.value);
    }
    digestSync() {
      return this.value >>> 0;
    }
    async digest() {
      const r = new Uint8Array(4);
      return (new DataView(r.buffer).setUint32(0, this.digestSync(), !1), r);
    }
    reset() {
      this.value = 0;
    }
  };
}
var py,
  jo,
  ly = p(() => {
    cy();
    (py = typeof td.crc32 == 'function' ? td.crc32 : void 0), (jo = py ? mO(py) : Vi);
  });
var xe,
  dy,
  fO,
  zi,
  uy,
  hO,
  my = p(() => {
    R();
    (xe = 64),
      (dy = 32),
      (fO = 2 ** 53 - 1),
      (zi = class t {
        digestLength = dy;
        state = Int32Array.from(uy);
        w;
        buffer = new Uint8Array(64);
        bufferLength = 0;
        bytesHashed = 0;
        finished = !1;
        inner;
        outer;
        constructor(e) {
          if (e) {
            const r = t.normalizeKey(e);
            (this.inner = new t()), (this.outer = new t());
            const { inner: o, outer: n } = this,
              s = new Uint8Array(xe * 2);
            for (let i = 0; i < xe; ++i) (s[i] = 54 ^ r[i]), (s[i + xe] = 92 ^ r[i]);
            o.update(s.subarray(0, xe)), n.update(s.subarray(xe));
          }
        }
        update(e) {
          if (this.finished) throw new Error('Attempted to update an already finished HMAC.');
          if (this.inner) {
            this.inner.update(e);
            return;
          }
          let r = et(e),
            o = 0,
            { byteLength: n } = r;
          if (((this.bytesHashed += n), this.bytesHashed * 8 > fO))
            throw new Error('Cannot hash more than 2^53 - 1 bits');
          for (; n > 0; )
            (this.buffer[this.bufferLength++] = r[o++]),
              n--,
              this.bufferLength === xe && (this.hashBuffer(), (this.bufferLength = 0));
        }
        async digest() {
          const { inner: e, outer: r } = this;
          if (e && r) {
            if (this.finished) throw new Error('Attempted to digest an already finished HMAC.');
            this.finished = !0;
            const o = e.digestSync();
            return (r.update(o), r.digestSync());
          }
          return this.digestSync();
        }
        reset() {
          (this.state = Int32Array.from(uy)),
            (this.buffer = new Uint8Array(64)),
            (this.bufferLength = 0),
            (this.bytesHashed = 0);
        }
        digestSync() {
          let e = this.state.slice(),
            r = this.buffer.slice(),
            o = this.bufferLength,
            n = this.bytesHashed * 8,
            s = new DataView(r.buffer, r.byteOffset, r.byteLength);
          if ((s.setUint8(o++, 128), (o - 1) % xe >= xe - 8)) {
            for (let a = o; a < xe; ++a) s.setUint8(a, 0);
            this.hashBufferWith(e, r), (o = 0);
          }
          for (let a = o; a < xe - 8; ++a) s.setUint8(a, 0);
          s.setUint32(xe - 8, Math.floor(n / 4294967296), !1),
            s.setUint32(xe - 4, n, !1),
            this.hashBufferWith(e, r);
          const i = new Uint8Array(dy);
          for (let a = 0; a < 8; ++a)
            (i[a * 4] = (e[a] >>> 24) & 255),
              (i[a * 4 + 1] = (e[a] >>> 16) & 255),
              (i[a * 4 + 2] = (e[a] >>> 8) & 255),
              (i[a * 4 + 3] = (e[a] >>> 0) & 255);
          return i;
        }
        static normalizeKey(e) {
          const r = et(e);
          if (r.byteLength > xe) {
            const o = new t();
            o.update(r);
            const n = o.digestSync(),
              s = new Uint8Array(xe);
            return (s.set(n), s);
          }
          if (r.byteLength < xe) {
            const o = new Uint8Array(xe);
            return (o.set(r), o);
          }
          return r;
        }
        hashBuffer() {
          this.hashBufferWith(this.state, this.buffer);
        }
        hashBufferWith(e, r) {
          let o = (this.w ??= new Int32Array(64)),
            n = e[0],
            s = e[1],
            i = e[2],
            a = e[3],
            c = e[4],
            l = e[5],
            d = e[6],
            u = e[7];
          for (let m = 0; m < xe; ++m) {
            if (m < 16)
              o[m] =
                ((r[m * 4] & 255) << 24) |
                ((r[m * 4 + 1] & 255) << 16) |
                ((r[m * 4 + 2] & 255) << 8) |
                (r[m * 4 + 3] & 255);
            else {
              let S = o[m - 2],
                g = ((S >>> 17) | (S << 15)) ^ ((S >>> 19) | (S << 13)) ^ (S >>> 10);
              S = o[m - 15];
              const y = ((S >>> 7) | (S << 25)) ^ ((S >>> 18) | (S << 14)) ^ (S >>> 3);
              o[m] = ((g + o[m - 7]) | 0) + ((y + o[m - 16]) | 0);
            }
            const f =
                ((((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
                  ((c & l) ^ (~c & d))) |
                  0) +
                  ((u + ((hO[m] + o[m]) | 0)) | 0)) |
                0,
              h =
                ((((n >>> 2) | (n << 30)) ^ ((n >>> 13) | (n << 19)) ^ ((n >>> 22) | (n << 10))) +
                  ((n & s) ^ (n & i) ^ (s & i))) |
                0;
            (u = d), (d = l), (l = c), (c = (a + f) | 0), (a = i), (i = s), (s = n), (n = (f + h) | 0);
          }
          (e[0] += n),
            (e[1] += s),
            (e[2] += i),
            (e[3] += a),
            (e[4] += c),
            (e[5] += l),
            (e[6] += d),
            (e[7] += u);
        }
      }),
      (uy = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225,
      ])),
      (hO = new Int32Array([
        1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221,
        3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580,
        3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986,
        2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895,
        666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037,
        2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344,
        430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779, 1955562222,
        2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298,
      ]));
  });
import { createHash as fy, createHmac as gO } from 'node:crypto';
function yO() {
  return class {
    digestLength = 32;
    secret;
    hash;
    isHmac;
    finished = !1;
    constructor(e) {
      (this.secret = e), (this.isHmac = !!e), (this.hash = this.createHash());
    }
    update(e) {
      if (this.finished) throw new Error('Attempted to update an already finished hash.');
      this.hash.update(e);
    }
    async digest() {
      let e;
      return (
        this.isHmac ? ((this.finished = !0), (e = this.hash.digest())) : (e = this.hash.copy().digest()),
        new Uint8Array(e.buffer, e.byteOffset, e.byteLength)
      );
    }
    reset() {
      (this.hash = this.createHash()), (this.finished = !1);
    }
    createHash() {
      return this.secret ? gO('sha256', EO(this.secret)) : fy('sha256');
    }
  };
}
function EO(t) {
  return typeof t == 'string'
    ? t
    : ArrayBuffer.isView(t)
      ? Buffer.from(t.buffer, t.byteOffset, t.byteLength)
      : Buffer.from(t);
}
var SO,
  pt,
  hy = p(() => {
    my();
    (SO = (() => {
      try {
        return (fy('sha256'), !0);
      } catch {
        return !1;
      }
    })()),
      (pt = SO ? yO() : zi);
  });
var kr = p(() => {
  ly();
  hy();
});
function gy(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var Mr,
  rd = p(() => {
    R();
    Mr = class t {
      bytes;
      constructor(e) {
        if (((this.bytes = e), e.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
      }
      static fromNumber(e) {
        if (e > 9223372036854776e3 || e < -9223372036854776e3)
          throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`);
        const r = new Uint8Array(8);
        for (let o = 7, n = Math.abs(Math.round(e)); o > -1 && n > 0; o--, n /= 256) r[o] = n;
        return (e < 0 && gy(r), new t(r));
      }
      valueOf() {
        const e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && gy(e), parseInt(re(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var Wo,
  Sy,
  yy,
  xO,
  _O,
  IO,
  TO,
  wO,
  AO,
  bO,
  CO,
  RO,
  ji,
  od = p(() => {
    j();
    R();
    rd();
    Wo = class {
      toUtf8;
      fromUtf8;
      constructor(e, r) {
        (this.toUtf8 = e), (this.fromUtf8 = r);
      }
      format(e) {
        const r = [];
        for (const s in e) {
          if (!A(e, s)) continue;
          const i = this.fromUtf8(s);
          if (i.byteLength > 255)
            throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(e[s]));
        }
        let o = new Uint8Array(r.reduce((s, i) => s + i.byteLength, 0)),
          n = 0;
        for (const s of r) o.set(s, n), (n += s.byteLength);
        return o;
      }
      formatHeaderValue(e) {
        switch (e.type) {
          case 'boolean':
            return Uint8Array.from([e.value ? 0 : 1]);
          case 'byte':
            return Uint8Array.from([2, e.value]);
          case 'short': {
            const r = new DataView(new ArrayBuffer(3));
            return (r.setUint8(0, 3), r.setInt16(1, e.value, !1), new Uint8Array(r.buffer));
          }
          case 'integer': {
            const o = new DataView(new ArrayBuffer(5));
            return (o.setUint8(0, 4), o.setInt32(1, e.value, !1), new Uint8Array(o.buffer));
          }
          case 'long': {
            const n = new Uint8Array(9);
            return ((n[0] = 5), n.set(e.value.bytes, 1), n);
          }
          case 'binary': {
            if (e.value.byteLength > ji)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${ji} bytes: ${e.value.byteLength}`,
              );
            const s = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            s.setUint8(0, 6), s.setUint16(1, e.value.byteLength, !1);
            const i = new Uint8Array(s.buffer);
            return (i.set(e.value, 3), i);
          }
          case 'string': {
            const a = this.fromUtf8(e.value);
            if (a.byteLength > ji)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${ji} bytes: ${a.byteLength}`,
              );
            const c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const l = new Uint8Array(c.buffer);
            return (l.set(a, 3), l);
          }
          case 'timestamp': {
            const d = new Uint8Array(9);
            return ((d[0] = 8), d.set(Mr.fromNumber(e.value.valueOf()).bytes, 1), d);
          }
          case 'uuid': {
            if (!RO.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
            const u = new Uint8Array(17);
            return ((u[0] = 9), u.set(Cn(e.value.replace(/-/g, '')), 1), u);
          }
        }
      }
      parse(e) {
        let r = {},
          o = 0;
        for (; o < e.byteLength; ) {
          const n = e.getUint8(o++),
            s = this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + o, n));
          switch (((o += n), e.getUint8(o++))) {
            case 0:
              r[s] = { type: yy, value: !0 };
              break;
            case 1:
              r[s] = { type: yy, value: !1 };
              break;
            case 2:
              r[s] = { type: xO, value: e.getInt8(o++) };
              break;
            case 3:
              (r[s] = { type: _O, value: e.getInt16(o, !1) }), (o += 2);
              break;
            case 4:
              (r[s] = { type: IO, value: e.getInt32(o, !1) }), (o += 4);
              break;
            case 5:
              (r[s] = { type: TO, value: new Mr(new Uint8Array(e.buffer, e.byteOffset + o, 8)) }), (o += 8);
              break;
            case 6: {
              const i = e.getUint16(o, !1);
              (o += 2), (r[s] = { type: wO, value: new Uint8Array(e.buffer, e.byteOffset + o, i) }), (o += i);
              break;
            }
            case 7: {
              const a = e.getUint16(o, !1);
              (o += 2),
                (r[s] = { type: AO, value: this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + o, a)) }),
                (o += a);
              break;
            }
            case 8:
              (r[s] = {
                type: bO,
                value: new Date(new Mr(new Uint8Array(e.buffer, e.byteOffset + o, 8)).valueOf()),
              }),
                (o += 8);
              break;
            case 9: {
              const c = new Uint8Array(e.buffer, e.byteOffset + o, 16);
              (o += 16),
                (r[s] = {
                  type: CO,
                  value: `${re(c.subarray(0, 4))}-${re(c.subarray(4, 6))}-${re(c.subarray(6, 8))}-${re(c.subarray(8, 10))}-${re(c.subarray(10))}`,
                });
              break;
            }
            default:
              throw new Error('Unrecognized header type tag');
          }
        }
        return r;
      }
    };
    ((t) => {
      (t[(t.boolTrue = 0)] = 'boolTrue'),
        (t[(t.boolFalse = 1)] = 'boolFalse'),
        (t[(t.byte = 2)] = 'byte'),
        (t[(t.short = 3)] = 'short'),
        (t[(t.integer = 4)] = 'integer'),
        (t[(t.long = 5)] = 'long'),
        (t[(t.byteArray = 6)] = 'byteArray'),
        (t[(t.string = 7)] = 'string'),
        (t[(t.timestamp = 8)] = 'timestamp'),
        (t[(t.uuid = 9)] = 'uuid');
    })(Sy || (Sy = {}));
    (yy = 'boolean'),
      (xO = 'byte'),
      (_O = 'short'),
      (IO = 'integer'),
      (TO = 'long'),
      (wO = 'binary'),
      (AO = 'string'),
      (bO = 'timestamp'),
      (CO = 'uuid'),
      (RO = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (ji = 32767);
  });
function xy({ byteLength: t, byteOffset: e, buffer: r }) {
  if (t < vO) throw new Error('Provided message too short to accommodate event stream message overhead');
  const o = new DataView(r, e, t),
    n = o.getUint32(0, !1);
  if (t !== n) throw new Error('Reported message length does not match received message length');
  const s = o.getUint32(Ey, !1),
    i = o.getUint32(Lr, !1),
    a = o.getUint32(t - lo, !1),
    c = new jo();
  if ((c.update(new Uint8Array(r, e, Lr)), i !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if ((c.update(new Uint8Array(r, e + Lr, t - (Lr + lo))), a !== c.digestSync()))
    throw new Error(`The message checksum (${c.digestSync()}) did not match the expected value of ${a}`);
  return {
    headers: new DataView(r, e + Lr + lo, s),
    body: new Uint8Array(r, e + Lr + lo + s, n - s - (Lr + lo + lo)),
  };
}
var Ey,
  Lr,
  lo,
  vO,
  _y = p(() => {
    kr();
    (Ey = 4), (Lr = Ey * 2), (lo = 4), (vO = Lr + lo * 2);
  });
var Ko,
  nd = p(() => {
    kr();
    od();
    _y();
    Ko = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(e, r) {
        (this.headerMarshaller = new Wo(e, r)), (this.messageBuffer = []), (this.isEndOfStream = !1);
      }
      feed(e) {
        this.messageBuffer.push(this.decode(e));
      }
      endOfStream() {
        this.isEndOfStream = !0;
      }
      getMessage() {
        const e = this.messageBuffer.pop(),
          r = this.isEndOfStream;
        return {
          getMessage() {
            return e;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      getAvailableMessages() {
        const e = this.messageBuffer;
        this.messageBuffer = [];
        const r = this.isEndOfStream;
        return {
          getMessages() {
            return e;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      encode({ headers: e, body: r }) {
        const o = this.headerMarshaller.format(e),
          n = o.byteLength + r.byteLength + 16,
          s = new Uint8Array(n),
          i = new DataView(s.buffer, s.byteOffset, s.byteLength),
          a = new jo();
        return (
          i.setUint32(0, n, !1),
          i.setUint32(4, o.byteLength, !1),
          a.update(s.subarray(0, 8)),
          i.setUint32(8, a.digestSync(), !1),
          s.set(o, 12),
          s.set(r, o.byteLength + 12),
          a.update(s.subarray(8, n - 4)),
          i.setUint32(n - 4, a.digestSync(), !1),
          s
        );
      }
      decode(e) {
        const { headers: r, body: o } = xy(e);
        return { headers: this.headerMarshaller.parse(r), body: o };
      }
      formatHeaders(e) {
        return this.headerMarshaller.format(e);
      }
    };
  });
var qo,
  sd = p(() => {
    qo = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.inputStream) yield this.options.decoder.decode(e);
      }
    };
  });
var Xo,
  id = p(() => {
    Xo = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.messageStream) yield this.options.encoder.encode(e);
        this.options.includeEndFrame && (yield new Uint8Array(0));
      }
    };
  });
var Jo,
  ad = p(() => {
    Jo = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.messageStream) {
          const r = await this.options.deserializer(e);
          r !== void 0 && (yield r);
        }
      }
    };
  });
var Yo,
  cd = p(() => {
    Yo = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.inputStream) yield this.options.serializer(e);
      }
    };
  });
function Wi(t) {
  let e = 0,
    r = 0,
    o = null,
    n = null,
    s = (a) => {
      if (typeof a != 'number')
        throw new Error('Attempted to allocate an event message where size was not a number: ' + a);
      (e = a), (r = 4), (o = new Uint8Array(a)), new DataView(o.buffer).setUint32(0, a, !1);
    },
    i = async function* () {
      const a = t[Symbol.asyncIterator]();
      for (;;) {
        const { value: c, done: l } = await a.next();
        if (l) {
          if (e)
            if (e === r) yield o;
            else throw new Error('Truncated event message received.');
          else return;
          return;
        }
        let d = c.length,
          u = 0;
        for (; u < d; ) {
          if (!o) {
            const f = d - u;
            n || (n = new Uint8Array(4));
            const h = Math.min(4 - r, f);
            if ((n.set(c.slice(u, u + h), r), (r += h), (u += h), r < 4)) break;
            s(new DataView(n.buffer).getUint32(0, !1)), (n = null);
          }
          const m = Math.min(e - r, d - u);
          o.set(c.slice(u, u + m), r),
            (r += m),
            (u += m),
            e && e === r && (yield o, (o = null), (e = 0), (r = 0));
        }
      }
    };
  return { [Symbol.asyncIterator]: i };
}
var pd = p(() => {});
function Iy(t, e) {
  const r = zn(e.deserializer, e.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (const o of t) {
        const n = e.eventStreamCodec.decode(o),
          s = await r(n);
        s !== void 0 && (yield s);
      }
    },
  };
}
function zn(t, e) {
  return async (r) => {
    const { value: o } = r.headers[':message-type'];
    if (o === 'error') {
      const n = new Error(r.headers[':error-message'].value || 'UnknownError');
      throw ((n.name = r.headers[':error-code'].value), n);
    } else if (o === 'exception') {
      const n = r.headers[':exception-type'].value,
        s = { [n]: r },
        i = await t(s);
      if (i.$unknown) {
        const a = new Error(e(r.body));
        throw ((a.name = n), a);
      }
      throw i[n];
    } else if (o === 'event') {
      const n = { [r.headers[':event-type'].value]: r },
        s = await t(n);
      return s.$unknown ? void 0 : s;
    } else throw Error(`Unrecognizable event type: ${r.headers[':event-type'].value}`);
  };
}
var ld = p(() => {});
var uo,
  Ty,
  dd = p(() => {
    nd();
    sd();
    id();
    ad();
    cd();
    pd();
    ld();
    (uo = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        (this.eventStreamCodec = new Ko(e, r)), (this.utfEncoder = e);
      }
      deserialize(e, r) {
        const o = Wi(e);
        return new Jo({
          messageStream: new qo({ inputStream: o, decoder: this.eventStreamCodec }),
          deserializer: zn(r, this.utfEncoder),
        });
      }
      serialize(e, r) {
        return new Xo({
          messageStream: new Yo({ inputStream: e, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (Ty = (t) => new uo(t));
  });
import { Readable as OO } from 'node:stream';
async function* DO(t) {
  let e = !1,
    r = !1,
    o = [];
  for (
    t.on('error', (n) => {
      if ((e || (e = !0), n)) throw n;
    }),
      t.on('data', (n) => {
        o.push(n);
      }),
      t.on('end', () => {
        e = !0;
      });
    !r;
  ) {
    const n = await new Promise((s) => setTimeout(() => s(o.shift()), 0));
    n && (yield n), (r = e && o.length === 0);
  }
}
var jn,
  wy,
  Ay = p(() => {
    dd();
    (jn = class {
      universalMarshaller;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        this.universalMarshaller = new uo({ utf8Decoder: r, utf8Encoder: e });
      }
      deserialize(e, r) {
        const o = typeof e[Symbol.asyncIterator] == 'function' ? e : DO(e);
        return this.universalMarshaller.deserialize(o, r);
      }
      serialize(e, r) {
        return OO.from(this.universalMarshaller.serialize(e, r));
      }
    }),
      (wy = (t) => new jn(t));
  });
var by,
  Cy,
  Ry = p(() => {
    (by = (t) => ({
      [Symbol.asyncIterator]: async function* () {
        const e = t.getReader();
        try {
          for (;;) {
            const { done: r, value: o } = await e.read();
            if (r) return;
            yield o;
          }
        } finally {
          e.releaseLock();
        }
      },
    })),
      (Cy = (t) => {
        const e = t[Symbol.asyncIterator]();
        return new ReadableStream({
          async pull(r) {
            const { done: o, value: n } = await e.next();
            if (o) return r.close();
            r.enqueue(n);
          },
        });
      });
  });
var vy,
  Oy = p(() => {
    vy = (t) => Object.assign(t, { eventStreamMarshaller: t.eventStreamSerdeProvider(t) });
  });
var Ki,
  Dy = p(() => {
    j();
    K();
    R();
    Ki = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({
        marshaller: e,
        serializer: r,
        deserializer: o,
        serdeContext: n,
        defaultContentType: s,
        compositeErrorRegistry: i,
      }) {
        (this.marshaller = e),
          (this.serializer = r),
          (this.deserializer = o),
          (this.serdeContext = n),
          (this.defaultContentType = s),
          (this.compositeErrorRegistry = i);
      }
      async serializeEventStream({
        eventStream: e,
        requestSchema: r,
        initialRequest: o,
        initialMessageType: n,
      }) {
        const s = this.marshaller,
          i = r.getEventStreamMember(),
          a = r.getMemberSchema(i),
          c = this.serializer,
          l = this.defaultContentType,
          d = Symbol('initialRequestMarker'),
          u = {
            async *[Symbol.asyncIterator]() {
              if (o) {
                const m = {
                  ':event-type': { type: 'string', value: n ?? 'initial-request' },
                  ':message-type': { type: 'string', value: 'event' },
                  ':content-type': { type: 'string', value: l },
                };
                c.write(r, o);
                const f = c.flush();
                yield { [d]: !0, headers: m, body: f };
              }
              for await (const m of e) yield m;
            },
          };
        return s.serialize(u, (m) => {
          if (m[d]) return { headers: m.headers, body: m.body };
          let f = '';
          for (const I in m)
            if (A(m, I) && I !== '__type') {
              f = I;
              break;
            }
          const {
            additionalHeaders: h,
            body: S,
            eventType: g,
            explicitPayloadContentType: y,
          } = this.writeEventBody(f, a, m);
          return {
            headers: {
              ':event-type': { type: 'string', value: g },
              ':message-type': { type: 'string', value: 'event' },
              ':content-type': { type: 'string', value: y ?? l },
              ...h,
            },
            body: S,
          };
        });
      }
      async deserializeEventStream({
        response: e,
        responseSchema: r,
        initialResponseContainer: o,
        initialMessageType: n,
      }) {
        const s = this.marshaller,
          i = r.getEventStreamMember(),
          c = r.getMemberSchema(i).getMemberSchemas(),
          l = Symbol('initialResponseMarker'),
          d = s.deserialize(e.body, async (f) => {
            let h = '';
            for (const g in f)
              if (A(f, g) && g !== '__type') {
                h = g;
                break;
              }
            const S = f[h].body;
            if (h === (n ?? 'initial-response')) {
              const g = await this.deserializer.read(r, S);
              return (delete g[i], { [l]: !0, ...g });
            } else if (h in c) {
              const g = c[h];
              if (g.isStructSchema()) {
                let y = {},
                  E = !1;
                for (const [I, w] of g.structIterator()) {
                  const { eventHeader: v, eventPayload: z } = w.getMergedTraits();
                  if (((E = E || !!(v || z)), z))
                    w.isBlobSchema()
                      ? (y[I] = S)
                      : w.isStringSchema()
                        ? (y[I] = (this.serdeContext?.utf8Encoder ?? J)(S))
                        : w.isStructSchema() && (y[I] = await this.deserializer.read(w, S));
                  else if (v) {
                    const q = f[h].headers[I]?.value;
                    q != null &&
                      (w.isNumericSchema()
                        ? q && typeof q == 'object' && 'bytes' in q
                          ? (y[I] = BigInt(q.toString()))
                          : (y[I] = Number(q))
                        : (y[I] = q));
                  }
                }
                return { [h]: await this.readEventMember(g, S, E, y) };
              }
              return { [h]: await this.deserializer.read(g, S) };
            } else return { $unknown: f };
          }),
          u = d[Symbol.asyncIterator](),
          m = await u.next();
        if (m.done) return d;
        if (m.value?.[l]) {
          if (!r)
            throw new Error(
              '@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.',
            );
          for (const f in m.value) A(m.value, f) && (o[f] = m.value[f]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (m?.value?.[l] || (yield m.value); ; ) {
              const { done: f, value: h } = await u.next();
              if (f) break;
              yield h;
            }
          },
        };
      }
      async readEventMember(e, r, o, n) {
        let s,
          i = e.getSchema();
        if (Array.isArray(i) && i[0] === -3) {
          const c = i[1],
            l = X.for(c);
          this.compositeErrorRegistry?.copyFrom(l), (s = (this.compositeErrorRegistry ?? l)?.getErrorCtor(i));
        }
        const a = o ? n : r.byteLength === 0 ? {} : await this.deserializer.read(e, r);
        if (s) {
          const c = a.message ?? a.Message ?? 'Unknown',
            l = {},
            d = e.getMergedTraits().error;
          return (d && (l.$fault = d), Object.assign(new s({}), l, { message: c }, a));
        }
        return a;
      }
      writeEventBody(e, r, o) {
        let n = this.serializer,
          s = e,
          i = null,
          a,
          c = r.getSchema()[4].includes(e),
          l = {};
        if (c) {
          const m = r.getMemberSchema(e);
          if (m.isStructSchema()) {
            for (const [f, h] of m.structIterator()) {
              const { eventHeader: S, eventPayload: g } = h.getMergedTraits();
              if (g) i = f;
              else if (S) {
                let y = o[e][f],
                  E = 'binary';
                h.isNumericSchema()
                  ? (-2) ** 31 <= y && y <= 2 ** 31 - 1
                    ? (E = 'integer')
                    : (E = 'long')
                  : h.isTimestampSchema()
                    ? (E = 'timestamp')
                    : h.isStringSchema()
                      ? (E = 'string')
                      : h.isBooleanSchema() && (E = 'boolean'),
                  y != null && ((l[f] = { type: E, value: y }), delete o[e][f]);
              }
            }
            if (i !== null) {
              const f = m.getMemberSchema(i);
              f.isBlobSchema() ? (a = 'application/octet-stream') : f.isStringSchema() && (a = 'text/plain'),
                n.write(f, o[e][i]);
            } else n.write(m, o[e]);
          } else if (m.isUnitSchema()) n.write(m, {});
          else
            throw new Error(
              '@smithy/core/event-streams - non-struct member not supported in event stream union.',
            );
        } else {
          const [m, f] = o[e];
          (s = m), n.write(15, f);
        }
        const d = n.flush() ?? new Uint8Array();
        return {
          body: typeof d == 'string' ? (this.serdeContext?.utf8Decoder ?? te)(d) : d,
          eventType: s,
          explicitPayloadContentType: a,
          additionalHeaders: l,
        };
      }
    };
  });
var Py = {};
Ye(Py, {
  EventStreamCodec: () => Ko,
  EventStreamMarshaller: () => jn,
  EventStreamSerde: () => Ki,
  HeaderMarshaller: () => Wo,
  Int64: () => Mr,
  MessageDecoderStream: () => qo,
  MessageEncoderStream: () => Xo,
  SmithyMessageDecoderStream: () => Jo,
  SmithyMessageEncoderStream: () => Yo,
  UniversalEventStreamMarshaller: () => uo,
  eventStreamSerdeProvider: () => wy,
  getChunkedStream: () => Wi,
  getMessageUnmarshaller: () => zn,
  getUnmarshalledStream: () => Iy,
  iterableToReadableStream: () => Cy,
  readableStreamToIterable: () => by,
  resolveEventStreamSerdeConfig: () => vy,
  universalEventStreamSerdeProvider: () => Ty,
});
var Ny = p(() => {
  nd();
  od();
  rd();
  sd();
  id();
  ad();
  cd();
  Ay();
  Ry();
  dd();
  pd();
  ld();
  Oy();
  Dy();
});
var Qo,
  ud = p(() => {
    j();
    K();
    Vn();
    po();
    Qo = class extends dr {
      options;
      compositeErrorRegistry;
      constructor(e) {
        super(), (this.options = e), (this.compositeErrorRegistry = new X(e.defaultNamespace));
        for (const r of e.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(r);
      }
      getRequestType() {
        return B;
      }
      getResponseType() {
        return Pe;
      }
      setSerdeContext(e) {
        (this.serdeContext = e),
          this.serializer.setSerdeContext(e),
          this.deserializer.setSerdeContext(e),
          this.getPayloadCodec() && this.getPayloadCodec().setSerdeContext(e);
      }
      updateServiceEndpoint(e, r) {
        if ('url' in r) {
          (e.protocol = r.url.protocol),
            (e.hostname = r.url.hostname),
            (e.port = r.url.port ? Number(r.url.port) : void 0),
            (e.path = r.url.pathname),
            (e.fragment = r.url.hash || void 0),
            (e.username = r.url.username || void 0),
            (e.password = r.url.password || void 0),
            e.query || (e.query = {});
          for (const [o, n] of r.url.searchParams.entries()) e.query[o] = n;
          if (r.headers)
            for (const o in r.headers) A(r.headers, o) && (e.headers[o] = r.headers[o].join(', '));
          return e;
        } else {
          if (
            ((e.protocol = r.protocol),
            (e.hostname = r.hostname),
            (e.port = r.port ? Number(r.port) : void 0),
            (e.path = r.path),
            (e.query = { ...r.query }),
            r.headers)
          )
            for (const o in r.headers) A(r.headers, o) && (e.headers[o] = r.headers[o]);
          return e;
        }
      }
      setHostPrefix(e, r, o, n = Gi(r)) {
        if (this.serdeContext?.disableHostPrefix) return;
        const s = n[4];
        if (typeof s != 'string') return;
        let i = s;
        for (const [a, [, c]] of Ee.of(r.input).getHttpBindings().request.memberBindings) {
          if (!((c >> 17) & 1)) continue;
          const l = o[a];
          if (typeof l != 'string')
            throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);
          i = i.replace(`{${a}}`, l);
        }
        if (((e.hostname = i + e.hostname), !vp(e.hostname)))
          throw new Error(`[${e.hostname}] is not a valid hostname.`);
      }
      deserializeMetadata(e) {
        return {
          httpStatusCode: e.statusCode,
          requestId:
            e.headers['x-amzn-requestid'] ?? e.headers['x-amzn-request-id'] ?? e.headers['x-amz-request-id'],
          extendedRequestId: e.headers['x-amz-id-2'],
          cfId: e.headers['x-amz-cf-id'],
        };
      }
      resolveError(e, r, o) {
        let n = [-3, '', 'Error', 0, [], [], 0],
          s;
        for (const i of o)
          for (const a of r)
            try {
              a === '*' ? (s = i.getSchema(e)) : (s = i.getSchema(a + '#' + e));
              const c = i.getErrorCtor(s);
              if (c) return [s, c, 'modeled'];
              {
                const l = i.getBaseException();
                if (l) {
                  const d = i.getErrorCtor(l);
                  if (d) return [s, d, 'synthetic'];
                }
              }
            } catch {}
        for (const i of o) {
          const a = i.getBaseException();
          if (a) {
            const c = i.getErrorCtor(a);
            if (c) return [a, c, 'synthetic'];
          }
        }
        return [n, Error, 'native'];
      }
      async serializeEventStream({ eventStream: e, requestSchema: r, initialRequest: o }) {
        return (await this.loadEventStreamCapability()).serializeEventStream({
          eventStream: e,
          requestSchema: r,
          initialRequest: o,
        });
      }
      async deserializeEventStream({ response: e, responseSchema: r, initialResponseContainer: o }) {
        return (await this.loadEventStreamCapability()).deserializeEventStream({
          response: e,
          responseSchema: r,
          initialResponseContainer: o,
        });
      }
      async loadEventStreamCapability() {
        const { EventStreamSerde: e, eventStreamSerdeProvider: r } = await Promise.resolve().then(
            () => (Ny(), Py),
          ),
          o = this.resolveEventStreamMarshaller(r);
        return new e({
          marshaller: o,
          serializer: this.serializer,
          deserializer: this.deserializer,
          serdeContext: this.serdeContext,
          defaultContentType: this.getDefaultContentType(),
          compositeErrorRegistry: this.compositeErrorRegistry,
        });
      }
      getDefaultContentType() {
        throw new Error(
          `@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`,
        );
      }
      async deserializeHttpMessage(e, r, o, n, s) {
        return [];
      }
      getEventStreamMarshaller() {
        const e = this.serdeContext;
        if (!e.eventStreamMarshaller)
          throw new Error('@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.');
        return e.eventStreamMarshaller;
      }
      resolveEventStreamMarshaller(e) {
        const r = this.serdeContext;
        return r.eventStreamMarshaller ? r.eventStreamMarshaller : e(this.serdeContext);
      }
    };
  });
var Wn,
  ky = p(() => {
    j();
    R();
    po();
    ud();
    zo();
    Zl();
    Wn = class extends Qo {
      async serializeRequest(e, r, o) {
        const n = r && typeof r == 'object' ? r : {},
          s = {},
          i = {},
          a = await o.endpoint(),
          c = Ee.of(e?.input),
          l = c.getHttpBindings().request,
          d = Gi(e),
          u = new B({ query: s, headers: i });
        if (a) {
          this.updateServiceEndpoint(u, a), this.setHostPrefix(u, e, n, d);
          const [f, h, S] = d;
          if (f) {
            (u.method = f), (u.path = u.path === '/' ? h : u.path + h);
            for (const [g, y] of S) s[g] = y;
          }
        }
        u.query = s;
        const m = this.serializeHttpBindings(n, u, l, d);
        return (m && (u.body = await this.serializeEventStream({ eventStream: m, requestSchema: c })), u);
      }
      serializeHttpBindings(e, r, o, n) {
        let s = this.serializer,
          i = typeof s.writeCodec == 'function' ? s : void 0,
          a = r.query,
          c = r.headers,
          l = o.syntheticBodySchema,
          d = !1,
          u,
          m,
          f,
          h = Object.getOwnPropertyNames(e),
          S = Object.getPrototypeOf(e),
          g =
            (S === Object.prototype || S === null) &&
            !o.hasIdempotency &&
            !o.hasPrefixHeaders &&
            h.length * 2 < o.memberBindings.length,
          y = g ? h.length : o.memberBindings.length;
        for (let w = 0; w < y; ++w) {
          const v = g ? (A(o.byName, h[w]) ? o.byName[h[w]] : void 0) : o.memberBindings[w];
          if (!v) continue;
          const z = v[1],
            q = v[0],
            ct = z[0],
            nr = z[1],
            ne = z[2],
            ye = v[2],
            Ve = v[3],
            De = e[q];
          if (!(De == null && !((nr >> 10) & 1)))
            if (ye === 36) {
              const H = (nr >> 11) & 3;
              H
                ? H === 2
                  ? (m = De || void 0)
                  : (u = De)
                : (i ? i.writeCodec(ct, De) : s.write(ct, De), (u = s.flush()));
            } else if (ye === 33 || ye === 38) {
              const H = this.serializeHttpValue(z, De, ye, i);
              ye === 33 ? ((f ??= Object.create(null))[q] = H) : (c[Ve] = H);
            } else if (ye === 39)
              for (const H in De) {
                if (!A(De, H)) continue;
                const xt = Ve + H;
                c[xt.toLowerCase()] = this.serializeHttpValue(
                  ne,
                  De[H],
                  38,
                  i,
                  i ? ne[0] : [ne[0], { httpHeader: xt }],
                );
              }
            else (ye & 62) === 34 ? this.serializeQuery(z, De, Ve, a, i) : (d = !0);
        }
        const E = n[1],
          I = n[3];
        return (
          E && I && r.path.endsWith(E) && (r.path = r.path.slice(0, -E.length) + this.serializePath(I, f, o)),
          d && l && (i ? i.writeCodec(l, e) : s.write(l, e), (u = s.flush())),
          (r.body = u),
          m
        );
      }
      serializeQuery(e, r, o, n, s) {
        const [i, a, c] = e,
          l = s ? void 0 : i.getMergedTraits();
        if (o === void 0) {
          for (const d in r)
            !A(r, d) ||
              d in n ||
              (s || Object.assign(c[0].getMergedTraits(), { ...l, httpQuery: d, httpQueryParams: void 0 }),
              this.serializeQuery(c, r[d], d, n, s));
          return;
        }
        if ((a & 192) === 64) {
          const d = [];
          for (const u of r) {
            const m = this.serializeHttpValue(c, u, 34, s, s ? c[0] : [c[0], l]);
            ((a >> 13) & 1 || m !== void 0) && d.push(m);
          }
          n[o] = d;
        } else n[o] = this.serializeHttpValue(e, r, 34, s, s ? i : [i, l]);
      }
      serializeHttpValue(e, r, o, n, s = e[0]) {
        const i = e[1],
          a = i & 255;
        return n && !(i & 1792) && (a <= 2 || a === 17 || a === 19)
          ? String(r)
          : (n ? n.writeHttpBinding(e, r, o) : this.serializer.write(s, r), this.serializer.flush());
      }
      serializePath(e, r, o) {
        let n = '';
        for (const [s, i] of e) {
          if (i === 0) {
            n += s;
            continue;
          }
          const a = r?.[s];
          if (a === void 0) {
            if (A(o.byName, s) && o.byName[s][2] === 33)
              throw new Error(`No value provided for input HTTP label: ${s}.`);
            n += `{${s}${i === 2 ? '+' : ''}}`;
          } else n += i === 2 ? a.split('/').map(co).join('/') : co(a);
        }
        return n;
      }
      async deserializeResponse(e, r, o) {
        const n = this.deserializer,
          s = typeof n.readCodec == 'function' ? n : void 0,
          i = Ee.of(e.output),
          a = i.getHttpBindings().response,
          c = {};
        if (o.statusCode >= 300) {
          const d = await be(o.body, r);
          throw (
            d.byteLength > 0 && Object.assign(c, await n.read(15, d)),
            await this.handleError(e, r, o, c, this.deserializeMetadata(o)),
            new Error('@smithy/core/protocols - HTTP Protocol error handler failed to throw.')
          );
        }
        const l = await this.deserializeHttpMessage(i, r, o, c);
        if (l.length) {
          const d = await be(o.body, r);
          if (d.byteLength > 0) {
            const u = await (s ? s.readCodec(a.syntheticBodySchema, d) : n.read(a.syntheticBodySchema, d));
            for (const m of l) u[m] != null && (c[m] = u[m]);
          }
        } else a.bindings.payload || (await be(o.body, r));
        return ((c.$metadata = this.deserializeMetadata(o)), c);
      }
      async deserializeHttpMessage(e, r, o, n, s) {
        const i = n instanceof Set ? s : n,
          a = this.deserializer,
          c = typeof a.readCodec == 'function' ? a : void 0,
          l = Ee.of(e),
          {
            bodyMemberNames: d,
            bindings: { payload: u, statusCode: m, headers: f, prefixHeaders: h },
          } = l.getHttpBindings().response,
          S = o.headers;
        if (u) {
          const [g, y] = u,
            [E, I] = y,
            w = (I >> 11) & 3;
          if (w)
            w === 2
              ? (i[g] = await this.deserializeEventStream({ response: o, responseSchema: l }))
              : (i[g] = Gn(o.body));
          else if (o.body) {
            const v = await be(o.body, r);
            v.byteLength > 0 && (i[g] = await (c ? c.readPayload(y, v) : a.read(E, v)));
          }
        }
        for (const g in S) {
          if (!A(S, g)) continue;
          const y = g.toLowerCase(),
            E = S[g];
          y !== g && (delete S[g], (S[y] = E));
          const I = A(f, y) ? f[y] : void 0;
          if (!I) continue;
          const [w, [v, z, q], , ct] = I;
          if (q) {
            const nr = (z >> 16) & 1 ? rl(E, ',', 2) : bn(E),
              ne = [];
            for (const ye of nr)
              ne.push(
                c ? c.readHttpBinding(q, ye.trim(), 38) : await a.read([q[0], { httpHeader: ct }], ye.trim()),
              );
            i[w] = ne;
          } else i[w] = c ? c.readHttpBinding(I[1], E, 38) : await a.read(v, E);
        }
        for (const [g, [, , y], , E] of h) {
          i[g] = {};
          for (const I in S) {
            if (!A(S, I) || !I.startsWith(E)) continue;
            const w = S[I];
            i[g][I.slice(E.length)] = c
              ? c.readHttpBinding(y, w, 38)
              : await a.read([y[0], { httpHeader: I }], w);
          }
        }
        return (m && (i[m[0]] = o.statusCode), d);
      }
    };
  });
var mo,
  My = p(() => {
    j();
    K();
    j();
    ud();
    zo();
    mo = class extends Qo {
      async serializeRequest(e, r, o) {
        let n = this.serializer,
          s = {},
          i = {},
          a = await o.endpoint(),
          c = O.of(e?.input),
          l = c.getSchema(),
          d,
          u = r && typeof r == 'object' ? r : {},
          m = new B({
            protocol: '',
            hostname: '',
            port: void 0,
            path: '/',
            fragment: void 0,
            query: s,
            headers: i,
            body: void 0,
          });
        if ((a && (this.updateServiceEndpoint(m, a), this.setHostPrefix(m, e, u)), u)) {
          const f = c.getEventStreamMember();
          if (f) {
            if (u[f]) {
              const h = {};
              for (const [S] of c.structIterator()) S !== f && u[S] != null && (h[S] = u[S]);
              d = await this.serializeEventStream({ eventStream: u[f], requestSchema: c, initialRequest: h });
            }
          } else n.write(l, u), (d = n.flush());
        }
        return (
          (m.headers = Object.assign(m.headers, i)), (m.query = s), (m.body = d), (m.method = 'POST'), m
        );
      }
      async deserializeResponse(e, r, o) {
        const n = this.deserializer,
          s = O.of(e.output),
          i = {};
        if (this.isErrorResponse(o.statusCode)) {
          const c = await be(o.body, r);
          throw (
            c.byteLength > 0 && Object.assign(i, await n.read(15, c)),
            await this.handleError(e, r, o, i, this.deserializeMetadata(o)),
            new Error('@smithy/core/protocols - RPC Protocol error handler failed to throw.')
          );
        }
        for (const c in o.headers) {
          if (!A(o.headers, c)) continue;
          const l = o.headers[c];
          delete o.headers[c], (o.headers[c.toLowerCase()] = l);
        }
        const a = s.getEventStreamMember();
        if (a)
          i[a] = await this.deserializeEventStream({
            response: o,
            responseSchema: s,
            initialResponseContainer: i,
          });
        else {
          const c = await be(o.body, r);
          c.byteLength > 0 && Object.assign(i, await n.read(s, c));
        }
        return ((i.$metadata = this.deserializeMetadata(o)), i);
      }
      isErrorResponse(e) {
        return e >= 300;
      }
    };
  });
var fo,
  md = p(() => {
    R();
    po();
    Vn();
    fo = class extends dr {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      read(e, r) {
        const o = Ee.of(e),
          n = o.getMergedTraits(),
          s = o.getHttpBindingLocation(n);
        return this.readHttpBinding(o.getHttpBindingValue(s, n), r, s);
      }
      readHttpBinding([e, r, o], n, s) {
        const i = r & 255;
        if ((i & 192) === 64)
          return (
            (o ??= e.getHttpBindingCollectionValue(s)), bn(n).map((a) => this.readHttpBinding(o, a, s))
          );
        switch (i) {
          case 21:
          case 42:
            return (this.serdeContext?.base64Decoder ?? de)(n);
          case 4:
          case 5:
          case 6:
          case 7: {
            const a = this.settings.httpBindings ? (r >> 14) & 3 : 0;
            switch (
              this.settings.timestampFormat.useTrait && i > 4
                ? i
                : a
                  ? a + 4
                  : this.settings.timestampFormat.default
            ) {
              case 5:
                return el(n);
              case 6:
                return tl(n);
              case 7:
                return Zp(n);
              default:
                return (
                  console.warn('Missing timestamp format, parsing value with Date constructor:', n),
                  new Date(n)
                );
            }
          }
          case 0: {
            const a = (r >> 8) & 3;
            if (!a) return n;
            let c = n;
            return (
              (s & 6) === 6 &&
                (c = (this.serdeContext?.utf8Encoder ?? J)((this.serdeContext?.base64Decoder ?? de)(c))),
              a === 2 ? ke.from(c) : c
            );
          }
          case 1:
            return Number(n);
          case 2:
            return n.toLowerCase() === 'true';
          case 17:
            return BigInt(n);
          case 19:
            return new ue(n, 'bigDecimal');
          default:
            return n;
        }
      }
    };
  });
var Kn,
  Ly = p(() => {
    R();
    po();
    Vn();
    md();
    Kn = class extends dr {
      codecDeserializer;
      stringDeserializer;
      constructor(e, r) {
        super(), (this.codecDeserializer = e), (this.stringDeserializer = new fo(r));
      }
      setSerdeContext(e) {
        this.stringDeserializer.setSerdeContext(e),
          this.codecDeserializer.setSerdeContext(e),
          (this.serdeContext = e);
      }
      read(e, r) {
        const o = Ee.of(e),
          n = o.getMergedTraits();
        if (n.httpHeader || n.httpResponseCode) {
          const s = o.getHttpBindingValue(38, n);
          return this.readHttpBinding(s, r, 38);
        }
        return n.httpPayload ? this.readPayload(o.getHttpBindingValue(36, n), r) : this.readCodec(o, r);
      }
      readHttpBinding(e, r, o) {
        const n = typeof r == 'string' ? r : (this.serdeContext?.utf8Encoder ?? J)(r);
        return this.stringDeserializer.readHttpBinding(e, n, o);
      }
      readPayload([e, r], o) {
        const n = r & 255;
        return n === 21 || n === 42
          ? typeof o == 'string'
            ? (this.serdeContext?.utf8Decoder ?? te)(o)
            : o
          : n === 0
            ? typeof o == 'string'
              ? o
              : (this.serdeContext?.utf8Encoder ?? J)(o)
            : this.readCodec(e, o);
      }
      readCodec(e, r) {
        return this.codecDeserializer.read(e, r);
      }
    };
  });
var qi,
  Uy = p(() => {
    R();
    po();
    Vn();
    qi = class extends dr {
      settings;
      stringBuffer = '';
      constructor(e) {
        super(), (this.settings = e);
      }
      write(e, r) {
        const o = Ee.of(e),
          n = o.getMergedTraits(),
          s = o.getHttpBindingLocation(n);
        this.writeHttpBinding(o.getHttpBindingValue(s, n), r, s);
      }
      writeHttpBinding([e, r, o], n, s) {
        const i = r & 255;
        switch (typeof n) {
          case 'object':
            if (n === null) {
              this.stringBuffer = 'null';
              return;
            }
            if (i >= 4 && i <= 7) {
              if (!(n instanceof Date))
                throw new Error(
                  `@smithy/core/protocols - received non-Date value ${n} when schema expected Date in ${e.getName(!0)}`,
                );
              const l = this.settings.httpBindings ? (r >> 14) & 3 : 0;
              switch (
                this.settings.timestampFormat.useTrait && i > 4
                  ? i
                  : l
                    ? l + 4
                    : this.settings.timestampFormat.default
              ) {
                case 5:
                  this.stringBuffer = n.toISOString().replace('.000Z', 'Z');
                  break;
                case 6:
                  this.stringBuffer = no(n);
                  break;
                case 7:
                  this.stringBuffer = String(n.getTime() / 1e3);
                  break;
                default:
                  console.warn('Missing timestamp format, using epoch seconds', n),
                    (this.stringBuffer = String(n.getTime() / 1e3));
              }
              return;
            }
            if ((i === 21 || i === 42) && 'byteLength' in n) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? ae)(n);
              return;
            }
            if ((i & 192) === 64 && Array.isArray(n)) {
              o ??= e.getHttpBindingCollectionValue(s);
              let l = o[1] & 255,
                d = l >= 4 && l <= 7,
                u = '';
              for (const m of n) {
                this.writeHttpBinding(o, m, s);
                const f = this.flush();
                u && (u += ', '), (u += d ? f : Xp(f));
              }
              this.stringBuffer = u;
              return;
            }
            this.stringBuffer = JSON.stringify(n, null, 2);
            break;
          case 'string': {
            let a = (r >> 8) & 3,
              c = n;
            if ((a === 2 && (c = ke.from(c)), a && (s & 6) === 6)) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? ae)(c.toString());
              return;
            }
            this.stringBuffer = n;
            break;
          }
          default:
            this.stringBuffer = (r >> 10) & 1 ? Vo() : String(n);
        }
      }
      flush() {
        const e = this.stringBuffer;
        return ((this.stringBuffer = ''), e);
      }
    };
  });
var qn,
  $y = p(() => {
    po();
    Uy();
    qn = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(e, r, o = new qi(r)) {
        (this.codecSerializer = e), (this.stringSerializer = o);
      }
      setSerdeContext(e) {
        this.codecSerializer.setSerdeContext(e), this.stringSerializer.setSerdeContext(e);
      }
      write(e, r) {
        const o = Ee.of(e),
          n = o.getMergedTraits();
        if (n.httpHeader || n.httpLabel || n.httpQuery) {
          const s = o.getHttpBindingLocation(n);
          this.writeHttpBinding(o.getHttpBindingValue(s, n), r, s);
          return;
        }
        this.writeCodec(o, r);
      }
      writeHttpBinding(e, r, o) {
        this.stringSerializer.writeHttpBinding(e, r, o), (this.buffer = this.stringSerializer.flush());
      }
      writeCodec(e, r) {
        this.codecSerializer.write(e, r);
      }
      flush() {
        if (this.buffer !== void 0) {
          const e = this.buffer;
          return ((this.buffer = void 0), e);
        }
        return this.codecSerializer.flush();
      }
    };
  });
function ho(t, e) {
  if (e.timestampFormat.useTrait) {
    const a = t.getSchema();
    if (a === 5 || a === 6 || a === 7) return a;
  }
  const { httpLabel: r, httpPrefixHeaders: o, httpHeader: n, httpQuery: s } = t.getMergedTraits();
  return (
    (e.httpBindings ? (typeof o == 'string' || n ? 6 : s || r ? 5 : void 0) : void 0) ??
    e.timestampFormat.default
  );
}
var Xi = p(() => {});
var Ut,
  $t,
  By = p(() => {
    (Ut = (t) => (
      t.logger &&
        t.logger.constructor?.name !== 'NoOpLogger' &&
        t.requestHandler?.updateHttpClientConfig?.(Symbol.for('logger'), t.logger),
      t.defaultSocketTimeout &&
        t.requestHandler?.updateHttpClientConfig?.(
          Symbol.for('@smithy/defaultSocketTimeout'),
          t.defaultSocketTimeout,
        ),
      {
        setHttpHandler(e) {
          t.requestHandler = e;
        },
        httpHandler() {
          return t.requestHandler;
        },
        updateHttpClientConfig(e, r) {
          t.requestHandler?.updateHttpClientConfig(e, r);
        },
        httpHandlerConfigs() {
          return t.requestHandler.httpHandlerConfigs();
        },
      }
    )),
      ($t = (t) => ({ requestHandler: t.httpHandler() }));
  });
function Hy(t) {
  return (e) => async (r) => {
    const o = r.request;
    if (B.isInstance(o)) {
      const { body: n, headers: s } = o;
      if (
        n &&
        Object.keys(s)
          .map((i) => i.toLowerCase())
          .indexOf(Fy) === -1
      )
        try {
          const i = t(n);
          i != null && (o.headers = { ...o.headers, [Fy]: String(i) });
        } catch {}
    }
    return e({ ...r, request: o });
  };
}
var Fy,
  Gy,
  Bt,
  Vy = p(() => {
    j();
    Fy = 'content-length';
    (Gy = {
      step: 'build',
      tags: ['SET_CONTENT_LENGTH', 'CONTENT_LENGTH'],
      name: 'contentLengthMiddleware',
      override: !0,
    }),
      (Bt = (t) => ({
        applyToStack: (e) => {
          e.add(Hy(t.bodyLengthChecker), Gy);
        },
      }));
  });
var Ft,
  PO,
  fd = p(() => {
    (Ft = (t) => encodeURIComponent(t).replace(/[!'()*]/g, PO)),
      (PO = (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`);
  });
function hd(t) {
  const e = [];
  for (let r of Object.keys(t).sort()) {
    const o = t[r];
    if (((r = Ft(r)), Array.isArray(o))) for (let n = 0, s = o.length; n < s; n++) e.push(`${r}=${Ft(o[n])}`);
    else {
      let n = r;
      (o || typeof o == 'string') && (n += `=${Ft(o)}`), e.push(n);
    }
  }
  return e.join('&');
}
var zy = p(() => {
  fd();
});
var Ur,
  Ji = p(() => {
    Ur = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var Yi,
  jy = p(() => {
    Yi = class {
      from;
      to;
      keys;
      constructor(e, r) {
        (this.from = e), (this.to = r);
        const o = Object.keys(this.from),
          n = new Set(o);
        n.delete('__type'), (this.keys = n);
      }
      mark(e) {
        this.keys.delete(e);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const e = this.keys.values().next().value,
            r = this.from[e];
          this.to.$unknown = [e, r];
        }
      }
    };
  });
function Qi() {
  if (Xn === void 0)
    try {
      if (typeof Buffer != 'function') Xn = !1;
      else {
        const t = JSON.parse(Buffer.from([123, 125]));
        Xn = t !== null && typeof t == 'object';
      }
    } catch {
      Xn = !1;
    }
  return Xn;
}
var Xn,
  gd = p(() => {});
function Zi(t, e, r) {
  if (r?.source) {
    const o = r.source;
    if (typeof e == 'number')
      return e <= Number.MAX_SAFE_INTEGER && e >= Number.MIN_SAFE_INTEGER
        ? kO(o, e)
          ? e
          : new ue(o, 'bigDecimal')
        : NO(o)
          ? new ue(o, 'bigDecimal')
          : /[eE]/.test(o)
            ? MO(o)
            : BigInt(o);
  }
  return e;
}
function NO(t) {
  const e = t.indexOf('.');
  if (e === -1) return !1;
  const r = t.search(/[eE]/);
  if (r === -1) return !0;
  const o = r - e - 1;
  return parseInt(t.slice(r + 1), 10) < o;
}
function kO(t, e) {
  if (t === String(e) || Object.is(e, -0)) return !0;
  if (/[eE]/.test(t)) return Sd(t) === Sd(String(e));
  const r = t.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
    o = String(e);
  return r === o ? !0 : /[eE]/.test(o) ? r === Sd(o) : !1;
}
function Sd(t) {
  let e = t.startsWith('-'),
    r = e ? t.slice(1) : t,
    o = r.search(/[eE]/),
    n;
  if (o === -1) n = r;
  else {
    let s = parseInt(r.slice(o + 1), 10),
      i = r.slice(0, o),
      a = i.indexOf('.'),
      c,
      l;
    a === -1 ? ((c = i), (l = i.length)) : ((c = i.slice(0, a) + i.slice(a + 1)), (l = a)),
      (c = c.replace(/0+$/, '') || '0');
    const d = l + s;
    c === '0'
      ? (n = '0')
      : d <= 0
        ? (n = '0.' + '0'.repeat(-d) + c)
        : d >= c.length
          ? (n = c + '0'.repeat(d - c.length))
          : (n = c.slice(0, d) + '.' + c.slice(d));
  }
  return (n.includes('.') && (n = n.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')), (e ? '-' : '') + n);
}
function MO(t) {
  let e = t.search(/[eE]/),
    r = parseInt(t.slice(e + 1), 10),
    o = t.startsWith('-'),
    n = t.slice(o ? 1 : 0, e),
    s = n.indexOf('.'),
    i,
    a;
  if (s === -1) (i = n), (a = r);
  else {
    i = n.slice(0, s) + n.slice(s + 1);
    const l = n.length - s - 1;
    a = r - l;
  }
  i = i.replace(/0+$/, '') || '0';
  const c = BigInt(i) * 10n ** BigInt(a + (n.replace('.', '').length - i.length));
  return o ? -c : c;
}
var yd = p(() => {
  R();
});
function ta(t) {
  const e = O.of(t),
    r = e.getSchema();
  if (Array.isArray(r) && e.isStructSchema()) {
    if (Ed in r) return r[Ed];
    const o = ea(e, new Set());
    return ((r[Ed] = o), o);
  }
  return ea(e, new Set());
}
function ea(t, e) {
  const r = t.getSchema();
  if (e.has(r)) return !1;
  if ((e.add(r), t.isBigIntegerSchema() || t.isBigDecimalSchema())) return !0;
  if (t.isStructSchema()) {
    for (const [, o] of t.structIterator()) if (ea(o, e)) return !0;
  } else if (t.isListSchema() || t.isMapSchema()) {
    if (ea(t.getValueSchema(), e)) return !0;
  } else if (t.isDocumentSchema()) return !0;
  return !1;
}
var Ed,
  xd = p(() => {
    K();
    Ed = Symbol.for('@aws-sdk/reviver');
  });
var Wy,
  Ky = p(() => {
    zo();
    R();
    Wy = (t, e) => be(t, e).then((r) => (e?.utf8Encoder ?? J)(r));
  });
async function ra(t, e, r) {
  let o;
  if (Qi() && typeof t?.[Symbol.asyncIterator] == 'function') {
    const s = await be(t, e);
    typeof Buffer == 'function' &&
      (Buffer.isBuffer(s) ? (o = s) : (o = Buffer.from(s.buffer, s.byteOffset, s.byteLength)));
  }
  if ((o || (o = await Wy(t, e)), o.length === 0)) return {};
  const n = r && ta(r) ? Zi : void 0;
  try {
    return JSON.parse(o, n);
  } catch (s) {
    throw (
      s?.name === 'SyntaxError' &&
        Object.defineProperty(s, '$responseBodyText', {
          value: typeof o == 'string' ? o : o.toString('utf8'),
        }),
      s
    );
  }
}
var qy,
  _d,
  oa,
  na,
  Xy,
  Id = p(() => {
    zo();
    Ky();
    gd();
    yd();
    xd();
    (qy = (t, e) => Object.keys(t).find((r) => r.toLowerCase() === e.toLowerCase())),
      (_d = (t) => {
        let e = t;
        return (
          typeof e == 'number' && (e = e.toString()),
          e.indexOf(',') >= 0 && (e = e.split(',')[0]),
          e.indexOf(':') >= 0 && (e = e.split(':')[0]),
          e.indexOf('#') >= 0 && (e = e.split('#')[1]),
          e
        );
      }),
      (oa = (t, e) => Xy(t, e, ['header', 'code', 'type'])),
      (na = (t, e, r = !1) => Xy(t, e, r ? ['code', 'header', 'type'] : ['type', 'code', 'header'])),
      (Xy = ({ headers: t }, e, r) => {
        for (; r.length > 0; )
          switch (r.shift()) {
            case 'header': {
              const n = qy(t ?? {}, 'x-amzn-errortype');
              if (n !== void 0) return _d(t[n]);
              break;
            }
            case 'code': {
              const s = qy(e ?? {}, 'code');
              if (s && e[s] !== void 0) return _d(e[s]);
              break;
            }
            case 'type':
              if (e?.__type !== void 0) return _d(e.__type);
              break;
          }
      });
  });
var $r,
  Td = p(() => {
    Xi();
    K();
    R();
    Ji();
    jy();
    gd();
    yd();
    xd();
    Id();
    j();
    $r = class extends Ur {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      async read(e, r) {
        let o = ta(e) ? Zi : void 0,
          n;
        if (typeof r == 'string') {
          if (r.length === 0) return {};
          n = JSON.parse(r, o);
        } else if (r instanceof Uint8Array && Qi()) {
          if (r.byteLength === 0) return {};
          const s = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
          n = JSON.parse(s, o);
        } else n = await ra(r, this.serdeContext, e);
        return this._read(e, n);
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        const o = r !== null && typeof r == 'object',
          n = O.of(e);
        if (o) {
          if (n.isStructSchema()) return this._readStruct(n, r);
          if (Array.isArray(r) && n.isListSchema()) {
            const i = n.getValueSchema();
            if (this.needsTransform(i)) for (let a = 0; a < r.length; ++a) r[a] = this._read(i, r[a]);
            return r;
          }
          if (n.isMapSchema()) {
            const i = n.getValueSchema(),
              a = r;
            if (this.needsTransform(i))
              for (const c in a) A(a, c) && (c === '__proto__' && Tr(a), (a[c] = this._read(i, a[c])));
            return a;
          }
        }
        if (n.isBlobSchema() && typeof r == 'string') return de(r);
        const s = n.getMergedTraits().mediaType;
        if (n.isStringSchema() && typeof r == 'string' && s)
          return s === 'application/json' || s.endsWith('+json') ? ke.from(r) : r;
        if (n.isTimestampSchema() && r != null)
          switch (ho(n, this.settings)) {
            case 5:
              return Kp(r);
            case 6:
              return An(r);
            case 7:
              return qp(r);
            default:
              return (
                console.warn('Missing timestamp format, parsing value with Date constructor:', r), new Date(r)
              );
          }
        if (n.isBigIntegerSchema() && (typeof r == 'number' || typeof r == 'string')) return BigInt(r);
        if (n.isBigDecimalSchema() && r != null) {
          if (r instanceof ue) return r;
          const i = r;
          return i.type === 'bigDecimal' && 'string' in i
            ? new ue(i.string, i.type)
            : new ue(String(r), 'bigDecimal');
        }
        if (n.isNumericSchema() && typeof r == 'string') {
          switch (r) {
            case 'Infinity':
              return 1 / 0;
            case '-Infinity':
              return -1 / 0;
            case 'NaN':
              return NaN;
          }
          return r;
        }
        if (n.isDocumentSchema() && o)
          if (Array.isArray(r))
            for (let i = 0; i < r.length; ++i) {
              const a = r[i];
              a instanceof ue || (r[i] = this._read(n, a));
            }
          else {
            const i = r;
            for (const a in i) {
              if (!A(i, a)) continue;
              a === '__proto__' && Tr(i);
              const c = i[a];
              c instanceof ue || (i[a] = this._read(n, c));
            }
          }
        return r;
      }
      _readStruct(e, r) {
        let o = e.isUnionSchema(),
          n = {},
          s,
          i = typeof r.__type == 'string',
          { jsonName: a } = this.settings;
        a && i && (s = {});
        let c;
        o && (c = new Yi(r, n));
        for (const [l, d] of e.structIterator()) {
          let u = l;
          a && ((u = d.getMergedTraits().jsonName ?? u), i && (s[u] = l)),
            o && c.mark(u),
            r[u] != null && (n[l] = this._read(d, r[u]));
        }
        if (o) c.writeUnknown();
        else if (i)
          for (const l in r) {
            if (!A(r, l)) continue;
            const d = r[l],
              u = a ? (s[l] ?? l) : l;
            u in n || (n[u] = d);
          }
        return n;
      }
      needsTransform(e) {
        return !!(
          e.isBlobSchema() ||
          e.isTimestampSchema() ||
          e.isBigIntegerSchema() ||
          e.isBigDecimalSchema() ||
          e.isNumericSchema() ||
          e.isDocumentSchema() ||
          e.isStructSchema() ||
          e.isListSchema() ||
          e.isMapSchema() ||
          (e.isStringSchema() && e.getMergedTraits().mediaType)
        );
      }
    };
  });
var sa,
  Jy,
  Yy = p(() => {
    R();
    (sa = class t extends Uint8Array {
      string = null;
      static allocUnsafe(e) {
        if (typeof Buffer == 'function') {
          const r = Buffer.allocUnsafe(e);
          return new t(r.buffer, r.byteOffset, r.byteLength);
        }
        return new t(e);
      }
      toString() {
        return this.s();
      }
      valueOf() {
        return this.s();
      }
      includes(e, r) {
        return typeof e == 'string'
          ? this.s().includes(e, r)
          : Uint8Array.prototype.includes.call(this, e, r);
      }
      indexOf(e, r) {
        return typeof e == 'string' ? this.s().indexOf(e, r) : Uint8Array.prototype.indexOf.call(this, e, r);
      }
      lastIndexOf(e, r) {
        if (typeof e == 'string') return this.s().lastIndexOf(e, r);
        const o = Uint8Array.prototype.lastIndexOf;
        return r !== void 0 ? o.call(this, e, r) : o.call(this, e);
      }
      startsWith(e, r) {
        return this.s().startsWith(e, r);
      }
      endsWith(e, r) {
        return this.s().endsWith(e, r);
      }
      match(e) {
        return this.s().match(e);
      }
      replace(e, r) {
        return this.s().replace(e, r);
      }
      search(e) {
        return this.s().search(e);
      }
      split(e, r) {
        return this.s().split(e, r);
      }
      substring(e, r) {
        return this.s().substring(e, r);
      }
      trim() {
        return this.s().trim();
      }
      trimStart() {
        return this.s().trimStart();
      }
      trimEnd() {
        return this.s().trimEnd();
      }
      charAt(e) {
        return this.s().charAt(e);
      }
      charCodeAt(e) {
        return this.s().charCodeAt(e);
      }
      padStart(e, r) {
        return this.s().padStart(e, r);
      }
      padEnd(e, r) {
        return this.s().padEnd(e, r);
      }
      repeat(e) {
        return this.s().repeat(e);
      }
      toUpperCase() {
        return this.s().toUpperCase();
      }
      toLowerCase() {
        return this.s().toLowerCase();
      }
      s() {
        if (this.string == null) {
          const e = Date.now();
          e > Jy + 6e4 &&
            (console.warn(
              '@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.',
            ),
            (Jy = e)),
            (this.string = J(this));
        }
        return this.string;
      }
    }),
      (Jy = 0);
  });
function wd(t) {
  return sa.allocUnsafe(t);
}
var ia,
  Qy,
  Zy,
  LO,
  UO,
  Zo,
  aa,
  ca,
  eE,
  $O,
  BO,
  FO,
  ur,
  tE,
  Br,
  Ad = p(() => {
    Xi();
    K();
    R();
    Ji();
    j();
    Yy();
    (ia = new TextEncoder()),
      (Qy = 123),
      (Zy = 125),
      (LO = 91),
      (UO = 93),
      (Zo = 34),
      (aa = 58),
      (ca = 44),
      (eE = 92),
      ($O = new Uint8Array([116, 114, 117, 101])),
      (BO = new Uint8Array([102, 97, 108, 115, 101])),
      (FO = new Uint8Array([110, 117, 108, 108])),
      (ur = new Array(128).fill(null));
    ur[8] = 'b';
    ur[9] = 't';
    ur[10] = 'n';
    ur[12] = 'f';
    ur[13] = 'r';
    ur[34] = '"';
    ur[92] = '\\';
    for (let t = 0; t < 32; t++) ur[t] === null && (ur[t] = 'u00' + t.toString(16).padStart(2, '0'));
    tE = 2048;
    Br = class t extends Ur {
      settings;
      json;
      i = 0;
      rootSchema;
      rawValue;
      passthrough = !1;
      constructor(e) {
        super(), (this.settings = e), (this.json = wd(tE));
      }
      write(e, r) {
        (this.i = 0),
          (this.rawValue = r),
          (this.rootSchema = O.of(e)),
          (this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
          this.passthrough || this.writeValue(this.rootSchema, r, void 0);
      }
      writeDiscriminatedDocument(e, r) {
        (this.i = 0), (this.rootSchema = O.of(e));
        const o = this.rootSchema;
        if (o.isStructSchema() && r != null && typeof r == 'object') {
          this.writeValue(o, r, void 0);
          const n = `"__type":"${o.getName(!0) ?? 'Unknown'}",`,
            s = n.length;
          this.ensure(s),
            this.json.copyWithin(1 + s, 1, this.i),
            ia.encodeInto(n, this.json.subarray(1)),
            (this.i += s);
        } else this.writeValue(o, r, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        const e = this.i;
        this.i = 0;
        const r = this.rawValue;
        if (((this.rawValue = void 0), e === 0)) return r;
        const o = this.json.subarray(0, e);
        return ((this.json = wd(tE)), o);
      }
      ensure(e) {
        const { i: r, json: o } = this;
        if (r + e > o.length) {
          let n = o.length * 2;
          for (; n < r + e; ) n *= 2;
          const s = wd(n);
          s.set(this.json), (this.json = s);
        }
      }
      writeAscii(e) {
        const r = e.length;
        this.ensure(r);
        let { i: o, json: n } = this;
        for (let s = 0; s < r; ++s) (n[o] = e.charCodeAt(s)), (o += 1);
        this.i = o;
      }
      writeAsciiQuoted(e) {
        const r = e.length;
        this.ensure(r + 4);
        let { json: o, i: n } = this;
        o[n++] = Zo;
        for (let s = 0; s < r; ++s) o[n++] = e.charCodeAt(s);
        (o[n++] = Zo), (this.i = n);
      }
      writeJsonString(e) {
        const r = e.length;
        this.ensure(r * 3 + 2), (this.json[this.i++] = Zo);
        for (let o = 0; o < r; ++o) {
          const n = e.charCodeAt(o);
          if (n > 34 && n < 92) this.json[this.i++] = n;
          else if (n < 128) {
            const s = ur[n];
            if (s !== null) {
              this.ensure(s.length + 1 + (r - o - 1) * 3 + 1), (this.json[this.i++] = eE);
              for (let i = 0; i < s.length; i++) this.json[this.i++] = s.charCodeAt(i);
            } else this.json[this.i++] = n;
          } else if (n >= 55296 && n <= 56319) {
            const s = o + 1 < r ? e.charCodeAt(o + 1) : 0;
            if (s >= 56320 && s <= 57343) {
              this.ensure(4);
              const { written: i } = ia.encodeInto(e.substring(o, o + 2), this.json.subarray(this.i));
              (this.i += i), ++o;
            } else this.ensure(6 + (r - o - 1) * 3 + 1), this.writeUnicodeEscape(n);
          } else if (n >= 56320 && n <= 57343)
            this.ensure(6 + (r - o - 1) * 3 + 1), this.writeUnicodeEscape(n);
          else {
            let { i: s, json: i } = this;
            n < 2048
              ? ((i[s++] = 192 | (n >> 6)), (i[s++] = 128 | (n & 63)))
              : ((i[s++] = 224 | (n >> 12)), (i[s++] = 128 | ((n >> 6) & 63)), (i[s++] = 128 | (n & 63))),
              (this.i = s);
          }
        }
        this.json[this.i++] = Zo;
      }
      writeUnicodeEscape(e) {
        let { json: r, i: o } = this;
        (r[o++] = eE), (r[o++] = 117);
        const n = e.toString(16).padStart(4, '0');
        for (let s = 0; s < 4; ++s) r[o++] = n.charCodeAt(s);
        this.i = o;
      }
      static B64 = (() => {
        const e = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
          r = new Uint8Array(64);
        for (let o = 0; o < 64; ++o) r[o] = e.charCodeAt(o);
        return r;
      })();
      writeBase64(e) {
        const r = Math.ceil(e.length / 3) * 4;
        this.ensure(r + 2);
        let o = this.json,
          n = t.B64,
          s = this.i;
        o[s++] = Zo;
        const i = e.length,
          a = i % 3,
          c = i - a;
        for (let l = 0; l < c; l += 3) {
          const d = e[l],
            u = e[l + 1],
            m = e[l + 2];
          (o[s++] = n[d >> 2]),
            (o[s++] = n[((d & 3) << 4) | (u >> 4)]),
            (o[s++] = n[((u & 15) << 2) | (m >> 6)]),
            (o[s++] = n[m & 63]);
        }
        if (a === 2) {
          const l = e[c],
            d = e[c + 1];
          (o[s++] = n[l >> 2]),
            (o[s++] = n[((l & 3) << 4) | (d >> 4)]),
            (o[s++] = n[(d & 15) << 2]),
            (o[s++] = 61);
        } else if (a === 1) {
          const l = e[c];
          (o[s++] = n[l >> 2]), (o[s++] = n[(l & 3) << 4]), (o[s++] = 61), (o[s++] = 61);
        }
        (o[s++] = Zo), (this.i = s);
      }
      writeValue(e, r, o) {
        if (r == null) {
          if (o?.isStructSchema()) {
            if (r === void 0 && O.of(e).isIdempotencyToken()) {
              this.writeAsciiQuoted(Vo());
              return;
            }
            return;
          }
          this.ensure(4), this.json.set(FO, this.i), (this.i += 4);
          return;
        }
        const n = O.of(e),
          s = typeof r == 'object';
        if (n.isStringSchema()) {
          const i = n.getMergedTraits().mediaType;
          if (i && (i === 'application/json' || i.endsWith('+json'))) {
            this.writeJsonString(ke.from(r).toString());
            return;
          }
        }
        if (
          this.settings.bigNumberAsString &&
          r != null &&
          (n.isBigIntegerSchema() || n.isBigDecimalSchema())
        ) {
          const i = r instanceof ue ? r.string : String(r);
          this.writeAsciiQuoted(i);
          return;
        }
        if (s) {
          if (n.isStructSchema()) {
            this.writeStruct(n, r);
            return;
          }
          if (Array.isArray(r) && (n.isListSchema() || n.isDocumentSchema())) {
            this.writeList(n, r, n.isDocumentSchema());
            return;
          }
          if (n.isMapSchema()) {
            this.writeMap(n, r, !1);
            return;
          }
          if (r instanceof Uint8Array && (n.isBlobSchema() || n.isDocumentSchema())) {
            this.writeBase64(r);
            return;
          }
          if (r instanceof Date && (n.isTimestampSchema() || n.isDocumentSchema())) {
            this.writeTimestamp(n, r);
            return;
          }
          if (r instanceof ue) {
            this.writeAscii(r.string);
            return;
          }
          if (n.isDocumentSchema()) {
            Array.isArray(r) ? this.writeList(n, r, !0) : this.writeMap(n, r, !0);
            return;
          }
          const i = JSON.stringify(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == 'string') {
          if (n.isBlobSchema()) {
            const i = (this.serdeContext?.base64Encoder ?? ae)(r);
            this.writeAsciiQuoted(i);
            return;
          }
          this.writeJsonString(r);
          return;
        }
        if (typeof r == 'number') {
          if (Math.abs(r) === 1 / 0 || Number.isNaN(r)) {
            this.writeAsciiQuoted(String(r));
            return;
          }
          const i = String(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == 'boolean') {
          this.ensure(5);
          let { i, json: a } = this;
          r ? (a.set($O, i), (i += 4)) : (a.set(BO, i), (i += 5)), (this.i = i);
          return;
        }
        if (typeof r == 'bigint') {
          this.writeAscii(r.toString());
          return;
        }
        this.writeAscii(String(r));
      }
      writeStruct(e, r) {
        this.ensure(2), (this.json[this.i++] = Qy);
        let o = !1,
          n = typeof r.__type == 'string',
          s;
        n && (s = new Set());
        for (const [i, a] of e.structIterator()) {
          const c = r[i];
          if (c == null && !a.isIdempotencyToken()) continue;
          o && (this.ensure(1), (this.json[this.i++] = ca)), (o = !0);
          const l = this.settings.jsonName ? (a.getMergedTraits().jsonName ?? i) : i;
          s && (s.add(i), s.add(l)),
            this.writeAsciiQuoted(l),
            (this.json[this.i++] = aa),
            this.writeValue(a, c, e);
        }
        if (!o && e.isUnionSchema()) {
          const { $unknown: i } = r;
          if (Array.isArray(i)) {
            const [a, c] = i;
            this.writeAsciiQuoted(a), this.ensure(1), (this.json[this.i++] = aa), this.writeValue(15, c, e);
          }
        } else if (n)
          for (const i in r) {
            if (s.has(i)) continue;
            s.add(i);
            const a = r[i];
            o && (this.ensure(1), (this.json[this.i++] = ca)),
              (o = !0),
              this.writeAsciiQuoted(i),
              this.ensure(1),
              (this.json[this.i++] = aa),
              this.writeValue(15, a, void 0);
          }
        this.ensure(1), (this.json[this.i++] = Zy);
      }
      writeList(e, r, o) {
        const n = !!e.getMergedTraits().sparse,
          s = e.getValueSchema();
        if (!o && (s.isStringSchema() || s.isNumericSchema() || s.isBooleanSchema())) {
          let a = !1;
          for (let l = 0; l < r.length; ++l) {
            const d = r[l];
            if (Number.isNaN(d) || d === 1 / 0 || d === -1 / 0 || (d == null && !n)) {
              a = !0;
              break;
            }
          }
          let c;
          if (!a) c = JSON.stringify(r);
          else {
            const l = [];
            for (let d = 0; d < r.length; ++d) {
              const u = r[d];
              (u == null && !n) ||
                (Number.isNaN(u) || u === 1 / 0 || u === -1 / 0 ? l.push(String(u)) : l.push(u));
            }
            c = JSON.stringify(l);
          }
          this.ensure(c.length * 3), (this.i += ia.encodeInto(c, this.json.subarray(this.i)).written);
          return;
        }
        this.ensure(2), (this.json[this.i++] = LO);
        let i = !1;
        for (let a = 0; a < r.length; ++a) {
          const c = r[a];
          (o ? c === void 0 : c == null && !n) ||
            (i && (this.ensure(1), (this.json[this.i++] = ca)), this.writeValue(s, c, void 0), (i = !0));
        }
        this.ensure(1), (this.json[this.i++] = UO);
      }
      writeMap(e, r, o) {
        const n = !!e.getMergedTraits().sparse,
          s = e.getValueSchema();
        if (!o && (s.isStringSchema() || s.isNumericSchema() || s.isBooleanSchema())) {
          let a;
          for (const l in r) {
            if (!A(r, l)) continue;
            const d = r[l];
            Number.isNaN(d) || d === 1 / 0 || d === -1 / 0
              ? (((a ??= {})[l] = d), (r[l] = String(d)))
              : d === null && !n && (((a ??= {})[l] = null), (r[l] = void 0));
          }
          const c = JSON.stringify(r);
          a && Object.assign(r, a),
            this.ensure(c.length * 3),
            (this.i += ia.encodeInto(c, this.json.subarray(this.i)).written);
          return;
        }
        this.ensure(2), (this.json[this.i++] = Qy);
        let i = !0;
        for (const a in r) {
          if (!A(r, a)) continue;
          const c = r[a];
          (o ? c === void 0 : c == null && !n) ||
            (i || (this.ensure(1), (this.json[this.i++] = ca)),
            (i = !1),
            this.writeJsonString(a),
            this.ensure(1),
            (this.json[this.i++] = aa),
            this.writeValue(s, c, void 0));
        }
        this.ensure(1), (this.json[this.i++] = Zy);
      }
      writeTimestamp(e, r) {
        switch (ho(e, this.settings)) {
          case 5: {
            const n = r.toISOString().replace('.000Z', 'Z');
            this.writeAsciiQuoted(n);
            return;
          }
          case 6: {
            this.writeAsciiQuoted(no(r));
            return;
          }
          case 7: {
            const n = String(r.getTime() / 1e3);
            this.writeAscii(n);
            return;
          }
          default: {
            const n = String(r.getTime() / 1e3);
            this.writeAscii(n);
            return;
          }
        }
      }
    };
  });
var mr,
  rE = p(() => {
    Ji();
    Td();
    Ad();
    mr = class extends Ur {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      createSerializer() {
        const e = new Br(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        const e = new $r(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var N = p(() => {
  zo();
  Zl();
  ky();
  My();
  md();
  Ly();
  $y();
  Xi();
  j();
  j();
  By();
  Vy();
  fd();
  zy();
  j();
  Id();
  rE();
  Ad();
  Td();
});
var oE,
  nE,
  Ht,
  sE = p(() => {
    N();
    (oE = (t) => (e) => async (r) => {
      if (!B.isInstance(r.request)) return e(r);
      const { request: o } = r,
        { handlerProtocol: n = '' } = t.requestHandler.metadata || {};
      if (n.indexOf('h2') >= 0 && !o.headers[':authority'])
        delete o.headers.host, (o.headers[':authority'] = o.hostname + (o.port ? ':' + o.port : ''));
      else if (!o.headers.host) {
        let s = o.hostname;
        o.port != null && (s += `:${o.port}`), (o.headers.host = s);
      }
      return e(r);
    }),
      (nE = { name: 'hostHeaderMiddleware', step: 'build', priority: 'low', tags: ['HOST'], override: !0 }),
      (Ht = (t) => ({
        applyToStack: (e) => {
          e.add(oE(t), nE);
        },
      }));
  });
var iE,
  aE,
  Gt,
  cE = p(() => {
    (iE = () => (t, e) => async (r) => {
      try {
        const o = await t(r),
          { clientName: n, commandName: s, logger: i, dynamoDbDocumentClientOptions: a = {} } = e,
          { overrideInputFilterSensitiveLog: c, overrideOutputFilterSensitiveLog: l } = a,
          d = c ?? e.inputFilterSensitiveLog,
          u = l ?? e.outputFilterSensitiveLog,
          { $metadata: m, ...f } = o.output;
        return (
          i?.info?.({ clientName: n, commandName: s, input: d(r.input), output: u(f), metadata: m }), o
        );
      } catch (o) {
        const { clientName: n, commandName: s, logger: i, dynamoDbDocumentClientOptions: a = {} } = e,
          { overrideInputFilterSensitiveLog: c } = a,
          l = c ?? e.inputFilterSensitiveLog;
        throw (
          i?.error?.({ clientName: n, commandName: s, input: l(r.input), error: o, metadata: o.$metadata }), o
        );
      }
    }),
      (aE = { name: 'loggerMiddleware', tags: ['LOGGER'], step: 'initialize', override: !0 }),
      (Gt = (t) => ({
        applyToStack: (e) => {
          e.add(iE(), aE);
        },
      }));
  });
var pE,
  lE = p(() => {
    pE = {
      step: 'build',
      tags: ['RECURSION_DETECTION', 'TRACE_CONTEXT_PROPAGATION'],
      name: 'recursionDetectionMiddleware',
      override: !0,
      priority: 'low',
    };
  });
var Fr,
  bd,
  pa,
  Cd,
  Rd,
  Jn,
  dE = p(() => {
    (Fr = {
      REQUEST_ID: Symbol.for('_AWS_LAMBDA_REQUEST_ID'),
      X_RAY_TRACE_ID: Symbol.for('_AWS_LAMBDA_X_RAY_TRACE_ID'),
      TENANT_ID: Symbol.for('_AWS_LAMBDA_TENANT_ID'),
      TRACEPARENT: Symbol.for('_AWS_LAMBDA_TRACEPARENT'),
      TRACESTATE: Symbol.for('_AWS_LAMBDA_TRACESTATE'),
      BAGGAGE: Symbol.for('_AWS_LAMBDA_BAGGAGE'),
    }),
      (bd = ['true', '1'].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? ''));
    bd || (globalThis.awslambda = globalThis.awslambda || {});
    (pa = class {
      static PROTECTED_KEYS = Fr;
      isProtectedKey(e) {
        return Object.values(Fr).includes(e);
      }
      getRequestId() {
        return this.get(Fr.REQUEST_ID) ?? '-';
      }
      getXRayTraceId() {
        return this.get(Fr.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(Fr.TENANT_ID);
      }
      getTraceparent() {
        return this.get(Fr.TRACEPARENT);
      }
      getTracestate() {
        return this.get(Fr.TRACESTATE);
      }
      getBaggage() {
        return this.get(Fr.BAGGAGE);
      }
    }),
      (Cd = class extends pa {
        currentContext;
        getContext() {
          return this.currentContext;
        }
        hasContext() {
          return this.currentContext !== void 0;
        }
        get(e) {
          return this.currentContext?.[e];
        }
        set(e, r) {
          if (this.isProtectedKey(e))
            throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);
          (this.currentContext = this.currentContext || {}), (this.currentContext[e] = r);
        }
        run(e, r) {
          return ((this.currentContext = e), r());
        }
      }),
      (Rd = class t extends pa {
        als;
        static async create() {
          const e = new t(),
            r = await import('node:async_hooks');
          return ((e.als = new r.AsyncLocalStorage()), e);
        }
        getContext() {
          return this.als.getStore();
        }
        hasContext() {
          return this.als.getStore() !== void 0;
        }
        get(e) {
          return this.als.getStore()?.[e];
        }
        set(e, r) {
          if (this.isProtectedKey(e))
            throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);
          const o = this.als.getStore();
          if (!o) throw new Error('No context available');
          o[e] = r;
        }
        run(e, r) {
          return this.als.run(e, r);
        }
      });
    ((t) => {
      let e = null;
      async function r(o) {
        return (
          e ||
            (e = (async () => {
              const s =
                o === !0 || 'AWS_LAMBDA_MAX_CONCURRENCY' in process.env ? await Rd.create() : new Cd();
              return !bd && globalThis.awslambda?.InvokeStore
                ? globalThis.awslambda.InvokeStore
                : (!bd && globalThis.awslambda && (globalThis.awslambda.InvokeStore = s), s);
            })()),
          e
        );
      }
      (t.getInstanceAsync = r),
        (t._testing =
          process.env.AWS_LAMBDA_BENCHMARK_MODE === '1'
            ? {
                reset: () => {
                  (e = null),
                    globalThis.awslambda?.InvokeStore && delete globalThis.awslambda.InvokeStore,
                    (globalThis.awslambda = { InvokeStore: void 0 });
                },
              }
            : void 0);
    })(Jn || (Jn = {}));
  });
function zO(t) {
  for (const e of Object.keys(t)) {
    const r = e.toLowerCase();
    e !== r && (r === Od || r === uE || r === mE) && ((t[r] = t[e]), delete t[e]);
  }
}
var GO,
  VO,
  vd,
  Od,
  uE,
  mE,
  fE,
  hE = p(() => {
    dE();
    N();
    (GO = 'AWS_LAMBDA_FUNCTION_NAME'),
      (VO = '_X_AMZN_TRACE_ID'),
      (vd = 'X-Amzn-Trace-Id'),
      (Od = 'traceparent'),
      (uE = 'tracestate'),
      (mE = 'baggage'),
      (fE = () => (t) => async (e) => {
        const { request: r } = e;
        if (!B.isInstance(r)) return t(e);
        let o;
        {
          const n = Object.keys(r.headers ?? {}).find((s) => s.toLowerCase() === vd.toLowerCase()) ?? vd;
          if (!Object.hasOwn(r.headers, n)) {
            const s = process.env[GO],
              i = process.env[VO];
            o ??= await Jn.getInstanceAsync();
            const c = o?.getXRayTraceId() ?? i,
              l = (d) => typeof d == 'string' && d.length > 0;
            l(s) && l(c) && (r.headers[vd] = c);
          }
        }
        if ((zO(r.headers), !r.headers[Od])) {
          const s = (o ??= await Jn.getInstanceAsync())?.getTraceparent?.();
          if (s) {
            r.headers[Od] = s;
            const i = o?.getTracestate?.();
            i && (r.headers[uE] = i);
            const a = o?.getBaggage?.();
            a && (r.headers[mE] = a);
          }
        }
        return t(e);
      });
  });
var Vt,
  gE = p(() => {
    lE();
    hE();
    Vt = (t) => ({
      applyToStack: (e) => {
        e.add(fE(), pE);
      },
    });
  });
var SE,
  yE = p(() => {
    SE = (t, e) => {
      if (!e || e.length === 0) return t;
      const r = [];
      for (const o of e) for (const n of t) n.schemeId.split('#')[1] === o && r.push(n);
      for (const o of t) r.find(({ schemeId: n }) => n === o.schemeId) || r.push(o);
      return r;
    };
  });
function jO(t) {
  const e = new Map();
  for (const r of t) e.set(r.schemeId, r);
  return e;
}
var Dd,
  EE = p(() => {
    j();
    yE();
    Dd = (t, e) => (r, o) => async (n) => {
      const s = t.httpAuthSchemeProvider(await e.httpAuthSchemeParametersProvider(t, o, n.input)),
        i = t.authSchemePreference ? await t.authSchemePreference() : [],
        a = SE(s, i),
        c = jO(t.httpAuthSchemes),
        l = ee(o),
        d = [];
      for (const u of a) {
        const m = c.get(u.schemeId);
        if (!m) {
          d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);
          continue;
        }
        const f = m.identityProvider(await e.identityProviderConfigProvider(t));
        if (!f) {
          d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);
          continue;
        }
        const { identityProperties: h = {}, signingProperties: S = {} } = u.propertiesExtractor?.(t, o) || {};
        (u.identityProperties = Object.assign(u.identityProperties || {}, h)),
          (u.signingProperties = Object.assign(u.signingProperties || {}, S)),
          (l.selectedHttpAuthScheme = {
            httpAuthOption: u,
            identity: await f(u.identityProperties),
            signer: m.signer,
          });
        break;
      }
      if (!l.selectedHttpAuthScheme)
        throw new Error(
          d.join(`
`),
        );
      return r(n);
    };
  });
var Pd,
  lt,
  xE = p(() => {
    EE();
    (Pd = {
      step: 'serialize',
      tags: ['HTTP_AUTH_SCHEME'],
      name: 'httpAuthSchemeMiddleware',
      override: !0,
      relation: 'before',
      toMiddleware: 'endpointV2Middleware',
    }),
      (lt = (t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }) => ({
        applyToStack: (o) => {
          o.addRelativeTo(
            Dd(t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }),
            Pd,
          );
        },
      }));
  });
var _E = p(() => {
  xE();
});
var WO,
  KO,
  Nd,
  IE = p(() => {
    N();
    j();
    (WO = (t) => (e) => {
      throw e;
    }),
      (KO = (t, e) => {}),
      (Nd = (t) => (e, r) => async (o) => {
        if (!B.isInstance(o.request)) return e(o);
        const s = ee(r).selectedHttpAuthScheme;
        if (!s) throw new Error('No HttpAuthScheme was selected: unable to sign request');
        const {
            httpAuthOption: { signingProperties: i = {} },
            identity: a,
            signer: c,
          } = s,
          l = await e({ ...o, request: await c.sign(o.request, a, i) }).catch((c.errorHandler || WO)(i));
        return ((c.successHandler || KO)(l.response, i), l);
      });
  });
var kd,
  dt,
  TE = p(() => {
    IE();
    (kd = {
      step: 'finalizeRequest',
      tags: ['HTTP_SIGNING'],
      name: 'httpSigningMiddleware',
      aliases: ['apiKeyMiddleware', 'tokenMiddleware', 'awsAuthMiddleware'],
      override: !0,
      relation: 'after',
      toMiddleware: 'retryMiddleware',
    }),
      (dt = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(Nd(t), kd);
        },
      }));
  });
var wE = p(() => {
  TE();
});
var zt,
  AE = p(() => {
    zt = (t) => {
      if (typeof t == 'function') return t;
      const e = Promise.resolve(t);
      return () => e;
    };
  });
function Yn(t, e, r, o, n) {
  return async function* (i, a, ...c) {
    let l = a,
      d = i.startingToken ?? l[r],
      u = !0,
      m;
    for (; u; ) {
      if (((l[r] = d), n && (l[n] = l[n] ?? i.pageSize), i.client instanceof t))
        m = await qO(e, i.client, a, i.withCommand, ...c);
      else throw new Error(`Invalid client, expected instance of ${t.name}`);
      yield m;
      const f = d;
      (d = XO(m, o)), (u = !!(d && (!i.stopOnSameToken || d !== f)));
    }
    return void 0;
  };
}
var qO,
  XO,
  bE = p(() => {
    qO = async (t, e, r, o = (s) => s, ...n) => {
      let s = new t(r);
      return ((s = o(s) ?? s), await e.send(s, ...n));
    };
    XO = (t, e) => {
      let r = t,
        o = e.split('.');
      for (const n of o) {
        if (!r || typeof r != 'object') return;
        r = r[n];
      }
      return r;
    };
  });
var We,
  CE = p(() => {
    j();
    We = class {
      authSchemes = new Map();
      constructor(e) {
        for (const r in e) {
          if (!A(e, r)) continue;
          const o = e[r];
          o !== void 0 && this.authSchemes.set(r, o);
        }
      }
      getIdentityProvider(e) {
        return this.authSchemes.get(e);
      }
    };
  });
var Be,
  RE = p(() => {
    Be = class {
      async sign(e, r, o) {
        return e;
      }
    };
  });
var vE = p(() => {
  RE();
});
var Md,
  la,
  Qn,
  da,
  OE = p(() => {
    (Md = (t) => (r) => Qn(r) && r.expiration.getTime() - Date.now() < t),
      (la = Md(3e5)),
      (Qn = (t) => t.expiration !== void 0),
      (da = (t, e, r) => {
        if (t === void 0) return;
        let o = typeof t != 'function' ? async () => Promise.resolve(t) : t,
          n,
          s,
          i,
          a = !1,
          c = async (l) => {
            s || (s = o(l));
            try {
              (n = await s), (i = !0), (a = !1);
            } finally {
              s = void 0;
            }
            return n;
          };
        return e === void 0
          ? async (l) => ((!i || l?.forceRefresh) && (n = await c(l)), n)
          : async (l) => (
              (!i || l?.forceRefresh) && (n = await c(l)),
              a ? n : r(n) ? (e(n) && (await c(l)), n) : ((a = !0), n)
            );
      });
  });
var DE = p(() => {
  CE();
  vE();
  OE();
});
var Ce = p(() => {
  _E();
  wE();
  AE();
  bE();
  DE();
});
function ZO(t) {
  return t === void 0 ? !0 : typeof t == 'string' && t.length <= 50;
}
function jt(t) {
  const e = zt(t.userAgentAppId ?? ua),
    { customUserAgent: r } = t;
  return Object.assign(t, {
    customUserAgent: typeof r == 'string' ? [[r]] : r,
    userAgentAppId: async () => {
      const o = await e();
      if (!ZO(o)) {
        const n = t.logger?.constructor?.name === 'NoOpLogger' || !t.logger ? console : t.logger;
        typeof o != 'string'
          ? n?.warn('userAgentAppId must be a string or undefined.')
          : o.length > 50 &&
            n?.warn('The provided userAgentAppId exceeds the maximum length of 50 characters.');
      }
      return o;
    },
  });
}
var ua,
  Ld = p(() => {
    Ce();
    ua = void 0;
  });
var PE,
  NE = p(() => {
    PE = {
      partitions: [
        {
          id: 'aws',
          outputs: {
            dnsSuffix: 'amazonaws.com',
            dualStackDnsSuffix: 'api.aws',
            implicitGlobalRegion: 'us-east-1',
            name: 'aws',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
          regions: {
            'af-south-1': { description: 'Africa (Cape Town)' },
            'ap-east-1': { description: 'Asia Pacific (Hong Kong)' },
            'ap-east-2': { description: 'Asia Pacific (Taipei)' },
            'ap-northeast-1': { description: 'Asia Pacific (Tokyo)' },
            'ap-northeast-2': { description: 'Asia Pacific (Seoul)' },
            'ap-northeast-3': { description: 'Asia Pacific (Osaka)' },
            'ap-south-1': { description: 'Asia Pacific (Mumbai)' },
            'ap-south-2': { description: 'Asia Pacific (Hyderabad)' },
            'ap-southeast-1': { description: 'Asia Pacific (Singapore)' },
            'ap-southeast-2': { description: 'Asia Pacific (Sydney)' },
            'ap-southeast-3': { description: 'Asia Pacific (Jakarta)' },
            'ap-southeast-4': { description: 'Asia Pacific (Melbourne)' },
            'ap-southeast-5': { description: 'Asia Pacific (Malaysia)' },
            'ap-southeast-6': { description: 'Asia Pacific (New Zealand)' },
            'ap-southeast-7': { description: 'Asia Pacific (Thailand)' },
            'aws-global': { description: 'aws global region' },
            'ca-central-1': { description: 'Canada (Central)' },
            'ca-west-1': { description: 'Canada West (Calgary)' },
            'eu-central-1': { description: 'Europe (Frankfurt)' },
            'eu-central-2': { description: 'Europe (Zurich)' },
            'eu-north-1': { description: 'Europe (Stockholm)' },
            'eu-south-1': { description: 'Europe (Milan)' },
            'eu-south-2': { description: 'Europe (Spain)' },
            'eu-west-1': { description: 'Europe (Ireland)' },
            'eu-west-2': { description: 'Europe (London)' },
            'eu-west-3': { description: 'Europe (Paris)' },
            'il-central-1': { description: 'Israel (Tel Aviv)' },
            'me-central-1': { description: 'Middle East (UAE)' },
            'me-south-1': { description: 'Middle East (Bahrain)' },
            'me-west-1': { description: 'Middle East (Saudi Arabia)' },
            'mx-central-1': { description: 'Mexico (Central)' },
            'sa-east-1': { description: 'South America (Sao Paulo)' },
            'sa-west-1': { description: 'South America (Chile)' },
            'us-east-1': { description: 'US East (N. Virginia)' },
            'us-east-2': { description: 'US East (Ohio)' },
            'us-west-1': { description: 'US West (N. California)' },
            'us-west-2': { description: 'US West (Oregon)' },
          },
        },
        {
          id: 'aws-cn',
          outputs: {
            dnsSuffix: 'amazonaws.com.cn',
            dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
            implicitGlobalRegion: 'cn-northwest-1',
            name: 'aws-cn',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^cn\\-\\w+\\-\\d+$',
          regions: {
            'aws-cn-global': { description: 'aws-cn global region' },
            'cn-north-1': { description: 'China (Beijing)' },
            'cn-northwest-1': { description: 'China (Ningxia)' },
          },
        },
        {
          id: 'aws-eusc',
          outputs: {
            dnsSuffix: 'amazonaws.eu',
            dualStackDnsSuffix: 'api.amazonwebservices.eu',
            implicitGlobalRegion: 'eusc-de-east-1',
            name: 'aws-eusc',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^eusc\\-(de)\\-\\w+\\-\\d+$',
          regions: { 'eusc-de-east-1': { description: 'AWS European Sovereign Cloud (Germany)' } },
        },
        {
          id: 'aws-iso',
          outputs: {
            dnsSuffix: 'c2s.ic.gov',
            dualStackDnsSuffix: 'api.aws.ic.gov',
            implicitGlobalRegion: 'us-iso-east-1',
            name: 'aws-iso',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-iso\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-global': { description: 'aws-iso global region' },
            'us-iso-east-1': { description: 'US ISO East' },
            'us-iso-west-1': { description: 'US ISO WEST' },
          },
        },
        {
          id: 'aws-iso-b',
          outputs: {
            dnsSuffix: 'sc2s.sgov.gov',
            dualStackDnsSuffix: 'api.aws.scloud',
            implicitGlobalRegion: 'us-isob-east-1',
            name: 'aws-iso-b',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-isob\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-b-global': { description: 'aws-iso-b global region' },
            'us-isob-east-1': { description: 'US ISOB East (Ohio)' },
            'us-isob-west-1': { description: 'US ISOB West' },
          },
        },
        {
          id: 'aws-iso-e',
          outputs: {
            dnsSuffix: 'cloud.adc-e.uk',
            dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
            implicitGlobalRegion: 'eu-isoe-west-1',
            name: 'aws-iso-e',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^eu\\-isoe\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-e-global': { description: 'aws-iso-e global region' },
            'eu-isoe-west-1': { description: 'EU ISOE West' },
          },
        },
        {
          id: 'aws-iso-f',
          outputs: {
            dnsSuffix: 'csp.hci.ic.gov',
            dualStackDnsSuffix: 'api.aws.hci.ic.gov',
            implicitGlobalRegion: 'us-isof-south-1',
            name: 'aws-iso-f',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-isof\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-f-global': { description: 'aws-iso-f global region' },
            'us-isof-east-1': { description: 'US ISOF EAST' },
            'us-isof-south-1': { description: 'US ISOF SOUTH' },
          },
        },
        {
          id: 'aws-us-gov',
          outputs: {
            dnsSuffix: 'amazonaws.com',
            dualStackDnsSuffix: 'api.aws',
            implicitGlobalRegion: 'us-gov-west-1',
            name: 'aws-us-gov',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-gov\\-\\w+\\-\\d+$',
          regions: {
            'aws-us-gov-global': { description: 'aws-us-gov global region' },
            'us-gov-east-1': { description: 'AWS GovCloud (US-East)' },
            'us-gov-west-1': { description: 'AWS GovCloud (US-West)' },
          },
        },
      ],
      version: '1.1',
    };
  });
var eD,
  tD,
  kE,
  ME,
  Ud = p(() => {
    NE();
    (eD = PE),
      (tD = ''),
      (kE = (t) => {
        const { partitions: e } = eD;
        for (const o of e) {
          const { regions: n, outputs: s } = o;
          for (const [i, a] of Object.entries(n)) if (i === t) return { ...s, ...a };
        }
        for (const o of e) {
          const { regionRegex: n, outputs: s } = o;
          if (new RegExp(n).test(t)) return { ...s };
        }
        const r = e.find((o) => o.id === 'aws');
        if (!r)
          throw new Error(
            "Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.",
          );
        return { ...r.outputs };
      }),
      (ME = () => tD);
  });
import { Readable as rD } from 'node:stream';
var $d,
  LE = p(() => {
    $d = (t) => t?.body instanceof rD || (typeof ReadableStream < 'u' && t?.body instanceof ReadableStream);
  });
var UE,
  $E,
  BE,
  FE,
  HE,
  GE = p(() => {
    (UE = [
      'BandwidthLimitExceeded',
      'EC2ThrottledException',
      'LimitExceededException',
      'PriorRequestNotComplete',
      'ProvisionedThroughputExceededException',
      'RequestLimitExceeded',
      'RequestThrottled',
      'RequestThrottledException',
      'SlowDown',
      'ThrottledException',
      'Throttling',
      'ThrottlingException',
      'TooManyRequestsException',
      'TransactionInProgressException',
    ]),
      ($E = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']),
      (BE = [500, 502, 503, 504]),
      (FE = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']),
      (HE = ['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
  });
function iD(t) {
  return t.code === 'ERR_HTTP2_STREAM_ERROR' && t.message.includes('NGHTTP2_REFUSED_STREAM');
}
var oD,
  nD,
  sD,
  ma,
  fa,
  VE,
  Bd = p(() => {
    GE();
    (oD = (t) => t?.$retryable !== void 0),
      (nD = (t) => t.$metadata?.clockSkewCorrected),
      (sD = (t) => {
        const e = new Set([
          'Failed to fetch',
          'NetworkError when attempting to fetch resource',
          'The Internet connection appears to be offline',
          'Load failed',
          'Network request failed',
        ]);
        return t && t instanceof TypeError ? e.has(t.message) : !1;
      }),
      (ma = (t) =>
        t.$metadata?.httpStatusCode === 429 || UE.includes(t.name) || t.$retryable?.throttling == !0),
      (fa = (t, e = 0) =>
        t?.name !== 'AbortError' &&
        (oD(t) ||
          nD(t) ||
          (t.name === 'InvalidSignatureException' && t.message?.includes('Signature expired')) ||
          $E.includes(t.name) ||
          FE.includes(t?.code || '') ||
          HE.includes(t?.code || '') ||
          BE.includes(t.$metadata?.httpStatusCode || 0) ||
          sD(t) ||
          iD(t) ||
          (t.cause !== void 0 && e <= 10 && fa(t.cause, e + 1)))),
      (VE = (t) => {
        if (t.$metadata?.httpStatusCode !== void 0) {
          const e = t.$metadata.httpStatusCode;
          return 500 <= e && e <= 599 && !fa(t);
        }
        return !1;
      });
  });
var ha,
  aD,
  zE,
  jE = p(() => {
    (ha = (t, e) => {
      if (!e) return t;
      let r = () => {},
        o = new Promise((n, s) => {
          const i = () => s(aD());
          e.aborted
            ? i()
            : typeof e.addEventListener == 'function'
              ? (e.addEventListener('abort', i, { once: !0 }), (r = () => e.removeEventListener('abort', i)))
              : (e.onabort = i);
        });
      return Promise.race([t, o]).finally(r);
    }),
      (aD = () => Object.assign(new Error('Request aborted'), { name: 'AbortError' })),
      (zE = (t) => typeof t == 'object' && t !== null && 'name' in t && t.name === 'AbortError');
  });
var WE,
  KE,
  qE = p(() => {
    (WE = 'amz-sdk-invocation-id'), (KE = 'amz-sdk-request');
  });
function XE(t, e) {
  if (Pe.isInstance(t))
    for (const r in t.headers) {
      if (!A(t.headers, r)) continue;
      const o = r.toLowerCase();
      if (o === 'retry-after') {
        let n = t.headers[r],
          s = NaN;
        if (n.endsWith('GMT'))
          try {
            s = (An(n).getTime() - Date.now()) / 1e3;
          } catch (i) {
            e?.trace?.('Failed to parse retry-after header'), e?.trace?.(i);
          }
        else
          n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)
            ? (s = Number(n.match(/ GMT, ([\d.]+)$/)?.[1]))
            : n.match(/^((\d+)|(\d+\.\d+))$/)
              ? (s = Number(n))
              : Date.parse(n) >= Date.now() && (s = (Date.parse(n) - Date.now()) / 1e3);
        return isNaN(s) ? void 0 : new Date(Date.now() + s * 1e3);
      } else if (o === 'x-amz-retry-after') {
        const n = t.headers[r],
          s = Number(n);
        if (isNaN(s)) {
          e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
          return;
        }
        return new Date(Date.now() + s);
      }
    }
}
var JE = p(() => {
  j();
  N();
  R();
});
var YE,
  QE = p(() => {
    YE = (t) =>
      t instanceof Error
        ? t
        : t instanceof Object
          ? Object.assign(new Error(), t)
          : typeof t == 'string'
            ? new Error(t)
            : new Error(`AWS SDK error wrapper for ${t}`);
  });
function Fd(t) {
  return (e) => (r, o) => async (n) => {
    let s = await e.retryStrategy(),
      i = await e.maxAttempts(),
      a = o[_t]?.abortSignal;
    if (cD(s)) {
      s = s;
      let c = (o.partition_id ?? '') + (o.__retryLongPoll ? ':longpoll' : ''),
        l = await ha(s.acquireInitialRetryToken(c), a),
        d = new Error(),
        u = 0,
        m = 0,
        { request: f } = n,
        h = B.isInstance(f);
      for (h && (f.headers[WE] = Ql()); ; )
        try {
          h && (f.headers[KE] = `attempt=${u + 1}; max=${i}`);
          const { response: S, output: g } = await r(n);
          return (
            s.recordSuccess(l),
            (g.$metadata.attempts = u + 1),
            (g.$metadata.totalRetryDelay = m),
            { response: S, output: g }
          );
        } catch (S) {
          const g = pD(S, e.logger);
          if (((d = YE(S)), h && t(f)))
            throw (
              (o.logger instanceof Ne ? console : o.logger)?.warn(
                'An error was encountered in a non-retryable streaming request.',
              ),
              d
            );
          try {
            l = await ha(s.refreshRetryTokenForRetry(l, g), a);
          } catch (E) {
            throw a?.aborted && zE(E)
              ? E
              : (d.$metadata || (d.$metadata = {}),
                (d.$metadata.attempts = u + 1),
                (d.$metadata.totalRetryDelay = m),
                d);
          }
          u = l.getRetryCount();
          const y = l.getRetryDelay();
          (m += (l?.$retryLog?.acquisitionDelay ?? 0) + y),
            y > 0 && (await ha(new Promise((E) => setTimeout(E, y)), a));
        }
    } else
      return (
        (s = s),
        s?.mode && (o.userAgent = [...(o.userAgent || []), ['cfg/retry-mode', s.mode]]),
        s.retry(r, n)
      );
  };
}
function ZE(t) {
  const e = Fd(t);
  return (r) => ({
    applyToStack: (o) => {
      o.add(e(r), dD);
    },
  });
}
var cD,
  pD,
  lD,
  dD,
  ex = p(() => {
    b();
    N();
    R();
    ir();
    Bd();
    jE();
    qE();
    JE();
    QE();
    (cD = (t) =>
      typeof t.acquireInitialRetryToken < 'u' &&
      typeof t.refreshRetryTokenForRetry < 'u' &&
      typeof t.recordSuccess < 'u'),
      (pD = (t, e) => {
        const r = { error: t, errorType: lD(t) },
          o = XE(t.$response, e);
        return (o && (r.retryAfterHint = o), r);
      }),
      (lD = (t) => (ma(t) ? 'THROTTLING' : fa(t) ? 'TRANSIENT' : VE(t) ? 'SERVER_ERROR' : 'CLIENT_ERROR')),
      (dD = {
        name: 'retryMiddleware',
        tags: ['RETRY'],
        step: 'finalizeRequest',
        priority: 'high',
        override: !0,
      });
  });
var ga,
  tx = p(() => {
    Bd();
    ga = class t {
      static setTimeoutFn = (e, r) => setTimeout(e, r);
      beta;
      minCapacity;
      minFillRate;
      scaleConstant;
      smooth;
      enabled = !1;
      availableTokens = 0;
      lastMaxRate = 0;
      measuredTxRate = 0;
      requestCount = 0;
      fillRate;
      lastThrottleTime;
      lastTimestamp = 0;
      lastTxRateBucket;
      maxCapacity;
      timeWindow = 0;
      constructor(e) {
        (this.beta = e?.beta ?? 0.7),
          (this.minCapacity = e?.minCapacity ?? 1),
          (this.minFillRate = e?.minFillRate ?? 0.5),
          (this.scaleConstant = e?.scaleConstant ?? 0.4),
          (this.smooth = e?.smooth ?? 0.8),
          (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
          (this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds())),
          (this.fillRate = this.minFillRate),
          (this.maxCapacity = this.minCapacity);
      }
      async getSendToken() {
        return this.acquireTokenBucket(1);
      }
      updateClientSendingRate(e) {
        let r;
        this.updateMeasuredRate();
        const o = e;
        if (o?.errorType === 'THROTTLING' || ma(o?.error ?? e)) {
          const i = this.enabled ? Math.min(this.measuredTxRate, this.fillRate) : this.measuredTxRate;
          (this.lastMaxRate = i),
            this.calculateTimeWindow(),
            (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
            (r = this.cubicThrottle(i)),
            this.enableTokenBucket();
        } else this.calculateTimeWindow(), (r = this.cubicSuccess(this.getCurrentTimeInSeconds()));
        const s = Math.min(r, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(s);
      }
      getCurrentTimeInSeconds() {
        return Date.now() / 1e3;
      }
      async acquireTokenBucket(e) {
        if (this.enabled) {
          for (this.refillTokenBucket(); e > this.availableTokens; ) {
            const r = ((e - this.availableTokens) / this.fillRate) * 1e3;
            await new Promise((o) => t.setTimeoutFn(o, r)), this.refillTokenBucket();
          }
          this.availableTokens = this.availableTokens - e;
        }
      }
      refillTokenBucket() {
        const e = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
          this.lastTimestamp = e;
          return;
        }
        const r = (e - this.lastTimestamp) * this.fillRate;
        (this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + r)),
          (this.lastTimestamp = e);
      }
      calculateTimeWindow() {
        this.timeWindow = this.getPrecise(
          ((this.lastMaxRate * (1 - this.beta)) / this.scaleConstant) ** (1 / 3),
        );
      }
      cubicThrottle(e) {
        return this.getPrecise(e * this.beta);
      }
      cubicSuccess(e) {
        return this.getPrecise(
          this.scaleConstant * (e - this.lastThrottleTime - this.timeWindow) ** 3 + this.lastMaxRate,
        );
      }
      enableTokenBucket() {
        this.enabled = !0;
      }
      updateTokenBucketRate(e) {
        this.refillTokenBucket(),
          (this.fillRate = Math.max(e, this.minFillRate)),
          (this.maxCapacity = Math.max(e, this.minCapacity)),
          (this.availableTokens = Math.min(this.availableTokens, this.maxCapacity));
      }
      updateMeasuredRate() {
        const e = this.getCurrentTimeInSeconds(),
          r = Math.floor(e * 2) / 2;
        if ((this.requestCount++, r > this.lastTxRateBucket)) {
          const o = this.requestCount / (r - this.lastTxRateBucket);
          (this.measuredTxRate = this.getPrecise(o * this.smooth + this.measuredTxRate * (1 - this.smooth))),
            (this.requestCount = 0),
            (this.lastTxRateBucket = r);
        }
      }
      getPrecise(e) {
        return parseFloat(e.toFixed(8));
      }
    };
  });
var me,
  Zn = p(() => {
    me = class {
      static v2026 = !0;
      static delay() {
        return 50;
      }
      static throttlingDelay() {
        return 1e3;
      }
      static cost() {
        return 14;
      }
      static throttlingCost() {
        return 5;
      }
      static modifiedCostType() {
        return 'THROTTLING';
      }
    };
  });
var Sa,
  rx = p(() => {
    Zn();
    Sa = class {
      x = me.delay();
      computeNextBackoffDelay(e) {
        const n = Math.random() * Math.min(this.x * 2 ** e, 2e4);
        return Math.floor(n);
      }
      setDelayBase(e) {
        this.x = e;
      }
    };
  });
var es,
  ox = p(() => {
    es = class {
      delay;
      count;
      cost;
      longPoll;
      $retryLog = { acquisitionDelay: 0 };
      constructor(e, r, o, n) {
        (this.delay = e), (this.count = r), (this.cost = o), (this.longPoll = n);
      }
      getRetryCount() {
        return this.count;
      }
      getRetryDelay() {
        return Math.min(2e4, this.delay);
      }
      getRetryCost() {
        return this.cost;
      }
      isLongPoll() {
        return this.longPoll;
      }
    };
  });
var it,
  Hr,
  at,
  ts = p(() => {
    ((t) => {
      (t.STANDARD = 'standard'), (t.ADAPTIVE = 'adaptive');
    })(it || (it = {}));
    (Hr = 3), (at = it.STANDARD);
  });
var ya,
  go,
  Hd = p(() => {
    rx();
    ox();
    ts();
    Zn();
    (ya = { incompatible: 1, attempts: 2, capacity: 3 }),
      (go = class {
        mode = it.STANDARD;
        retryBackoffStrategy;
        capacity = 500;
        maxAttemptsProvider;
        baseDelay;
        constructor(e) {
          typeof e == 'number'
            ? (this.maxAttemptsProvider = async () => e)
            : typeof e == 'function'
              ? (this.maxAttemptsProvider = e)
              : e &&
                typeof e == 'object' &&
                ((this.maxAttemptsProvider = async () => e.maxAttempts),
                (this.baseDelay = e.baseDelay),
                (this.retryBackoffStrategy = e.backoff)),
            (this.maxAttemptsProvider ??= async () => Hr),
            (this.baseDelay ??= me.delay()),
            (this.retryBackoffStrategy ??= new Sa());
        }
        async acquireInitialRetryToken(e) {
          return new es(me.delay(), 0, void 0, e.includes(':longpoll'));
        }
        async refreshRetryTokenForRetry(e, r) {
          const o = await this.getMaxAttempts(),
            n = this.retryCode(e, r, o),
            s = n === 0,
            i = e.isLongPoll?.();
          if (s || i) {
            const a = r.errorType;
            this.retryBackoffStrategy.setDelayBase(
              a === 'THROTTLING' ? me.throttlingDelay() : this.baseDelay,
            );
            let c = this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),
              l = c;
            if (
              (r.retryAfterHint instanceof Date &&
                (l = Math.max(c, Math.min(r.retryAfterHint.getTime() - Date.now(), c + 5e3))),
              s)
            ) {
              const d = this.getCapacityCost(a);
              this.capacity -= d;
              const u = new es(0, e.getRetryCount() + 1, d, e.isLongPoll?.() ?? !1);
              return (await new Promise((m) => setTimeout(m, l)), (u.$retryLog.acquisitionDelay = l), u);
            } else {
              const d = n === ya.capacity && i ? l : 0;
              d > 0 && (await new Promise((u) => setTimeout(u, d)));
            }
          }
          throw new Error('No retry token available');
        }
        recordSuccess(e) {
          this.capacity = Math.min(500, this.capacity + (e.getRetryCost() ?? 1));
        }
        getCapacity() {
          return this.capacity;
        }
        async maxAttempts() {
          return this.maxAttemptsProvider();
        }
        async getMaxAttempts() {
          try {
            return await this.maxAttemptsProvider();
          } catch {
            return (console.warn(`Max attempts provider could not resolve. Using default of ${Hr}`), Hr);
          }
        }
        retryCode(e, r, o) {
          const n = e.getRetryCount() + 1,
            s = this.isRetryableError(r.errorType) ? 0 : ya.incompatible,
            i = n < o ? 0 : ya.attempts,
            a = this.capacity >= this.getCapacityCost(r.errorType) ? 0 : ya.capacity;
          return s || i || a;
        }
        getCapacityCost(e) {
          return e === me.modifiedCostType() ? me.throttlingCost() : me.cost();
        }
        isRetryableError(e) {
          return e === 'THROTTLING' || e === 'TRANSIENT';
        }
      });
  });
var Ea,
  nx = p(() => {
    tx();
    Hd();
    ts();
    Ea = class {
      mode = it.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(e, r) {
        const { rateLimiter: o } = r ?? {};
        (this.rateLimiter = o ?? new ga()),
          (this.standardRetryStrategy = r
            ? new go({ maxAttempts: typeof e == 'number' ? e : 3, ...r })
            : new go(e));
      }
      async acquireInitialRetryToken(e) {
        const r = await this.standardRetryStrategy.acquireInitialRetryToken(e);
        return (await this.rateLimiter.getSendToken(), r);
      }
      async refreshRetryTokenForRetry(e, r) {
        this.rateLimiter.updateClientSendingRate(r);
        const o = await this.standardRetryStrategy.refreshRetryTokenForRetry(e, r);
        return (await this.rateLimiter.getSendToken(), o);
      }
      recordSuccess(e) {
        this.rateLimiter.updateClientSendingRate({}), this.standardRetryStrategy.recordSuccess(e);
      }
      async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
      }
    };
  });
var Gd,
  Vd,
  ut,
  Wt,
  sx,
  ix,
  Kt,
  ax = p(() => {
    b();
    nx();
    Hd();
    ts();
    Zn();
    (Gd = 'AWS_MAX_ATTEMPTS'),
      (Vd = 'max_attempts'),
      (ut = {
        environmentVariableSelector: (t) => {
          const e = t[Gd];
          if (!e) return;
          const r = parseInt(e);
          if (Number.isNaN(r)) throw new Error(`Environment variable ${Gd} mast be a number, got "${e}"`);
          return r;
        },
        configFileSelector: (t) => {
          const e = t[Vd];
          if (!e) return;
          const r = parseInt(e);
          if (Number.isNaN(r)) throw new Error(`Shared config file entry ${Vd} mast be a number, got "${e}"`);
          return r;
        },
        default: Hr,
      }),
      (Wt = (t, e) => {
        let { retryStrategy: r, retryMode: o } = t,
          { defaultMaxAttempts: n = Hr, defaultBaseDelay: s = me.delay() } = e ?? {},
          i = W(t.maxAttempts ?? n),
          a = r ? Promise.resolve(r) : void 0,
          c = async () => {
            const l = await i();
            return (await W(o)()) === it.ADAPTIVE
              ? new Ea(i, { maxAttempts: l, baseDelay: s })
              : new go({ maxAttempts: l, baseDelay: s });
          };
        return Object.assign(t, { maxAttempts: i, retryStrategy: () => (a ??= c()) });
      }),
      (sx = 'AWS_RETRY_MODE'),
      (ix = 'retry_mode'),
      (Kt = { environmentVariableSelector: (t) => t[sx], configFileSelector: (t) => t[ix], default: at });
  });
var tK,
  fr,
  mt = p(() => {
    LE();
    ex();
    ts();
    Zn();
    ax();
    (tK = Fd($d)), (fr = ZE($d));
  });
async function cx(t, e, r) {
  if (
    (r.request?.headers?.['smithy-protocol'] === 'rpc-v2-cbor' && Ze(t, 'PROTOCOL_RPC_V2_CBOR', 'M'),
    typeof e.retryStrategy == 'function')
  ) {
    const s = await e.retryStrategy();
    if (typeof s.mode == 'string')
      switch (s.mode) {
        case it.ADAPTIVE:
          Ze(t, 'RETRY_MODE_ADAPTIVE', 'F');
          break;
        case it.STANDARD:
          Ze(t, 'RETRY_MODE_STANDARD', 'E');
          break;
      }
  }
  if (typeof e.accountIdEndpointMode == 'function') {
    const s = t.endpointV2;
    switch (
      (String(s?.url?.hostname).match(fD) && Ze(t, 'ACCOUNT_ID_ENDPOINT', 'O'),
      await e.accountIdEndpointMode?.())
    ) {
      case 'disabled':
        Ze(t, 'ACCOUNT_ID_MODE_DISABLED', 'Q');
        break;
      case 'preferred':
        Ze(t, 'ACCOUNT_ID_MODE_PREFERRED', 'P');
        break;
      case 'required':
        Ze(t, 'ACCOUNT_ID_MODE_REQUIRED', 'R');
        break;
    }
  }
  const n = t.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (n?.$source) {
    const s = n;
    s.accountId && Ze(t, 'RESOLVED_ACCOUNT_ID', 'T');
    for (const [i, a] of Object.entries(s.$source ?? {})) Ze(t, i, a);
  }
}
var fD,
  px = p(() => {
    mt();
    Hp();
    fD = /\d{12}\.ddb/;
  });
var zd,
  xa,
  lx,
  dx,
  ux = p(() => {
    (zd = 'user-agent'),
      (xa = 'x-amz-user-agent'),
      (lx = /[^!$%&'*+\-.^_`|~\w]/g),
      (dx = /[^!$%&'*+\-.^_`|~\w#]/g);
  });
function mx(t) {
  let e = '';
  for (const r in t) {
    const o = t[r];
    if (e.length + o.length + 1 <= 1024) {
      e.length ? (e += ',' + o) : (e += o);
      continue;
    }
    break;
  }
  return e;
}
var fx = p(() => {});
var Sx,
  _a,
  yx,
  qt,
  Ex = p(() => {
    N();
    Ud();
    px();
    ux();
    fx();
    (Sx = (t) => (e, r) => async (o) => {
      const { request: n } = o;
      if (!B.isInstance(n)) return e(o);
      const { headers: s } = n,
        i = r?.userAgent?.map(_a) || [],
        a = (await t.defaultUserAgentProvider()).map(_a);
      await cx(r, t, o);
      const c = r;
      a.push(`m/${mx(Object.assign({}, r.__smithy_context?.features, c.__aws_sdk_context?.features))}`);
      const l = t?.customUserAgent?.map(_a) || [],
        d = await t.userAgentAppId();
      d && a.push(_a(['app', `${d}`]));
      const u = ME(),
        m = (u ? [u] : []).concat([...a, ...i, ...l]).join(' '),
        f = [...a.filter((h) => h.startsWith('aws-sdk-')), ...l].join(' ');
      return (
        t.runtime !== 'browser' ? (f && (s[xa] = s[xa] ? `${s[zd]} ${f}` : f), (s[zd] = m)) : (s[xa] = m),
        e({ ...o, request: n })
      );
    }),
      (_a = (t) => {
        let e = t[0]
            .split('/')
            .map((i) => i.replace(lx, '-'))
            .join('/'),
          r = t[1]?.replace(dx, '-'),
          o = e.indexOf('/'),
          n = e.substring(0, o),
          s = e.substring(o + 1);
        return (
          n === 'api' && (s = s.toLowerCase()),
          [n, s, r]
            .filter((i) => i && i.length > 0)
            .reduce((i, a, c) => {
              switch (c) {
                case 0:
                  return a;
                case 1:
                  return `${i}/${a}`;
                default:
                  return `${i}#${a}`;
              }
            }, '')
        );
      }),
      (yx = {
        name: 'getUserAgentMiddleware',
        step: 'build',
        priority: 'low',
        tags: ['SET_USER_AGENT', 'USER_AGENT'],
        override: !0,
      }),
      (qt = (t) => ({
        applyToStack: (e) => {
          e.add(Sx(t), yx);
        },
      }));
  });
import { versions as Wd } from 'node:process';
var xx,
  _x = p(() => {
    xx = () => {
      const t = ['deno', 'bun', 'llrt'];
      for (const e of t) if (Wd[e]) return [`md/${e}`, Wd[e]];
      return ['md/nodejs', Wd.node];
    };
  });
var Kd,
  Ix = p(() => {
    Kd = { isCrtAvailable: !1 };
  });
var Tx,
  wx = p(() => {
    Ix();
    Tx = () => (Kd.isCrtAvailable ? ['md/crt-avail'] : null);
  });
import { release as gD, platform as hD } from 'node:os';
import { env as Ax } from 'node:process';
var Xt,
  bx = p(() => {
    _x();
    wx();
    Xt = ({ serviceId: t, clientVersion: e }) => {
      const r = xx();
      return async (o) => {
        const n = [['aws-sdk-js', e], ['ua', '2.1'], [`os/${hD()}`, gD()], ['lang/js'], r],
          s = Tx();
        s && n.push(s),
          t && n.push([`api/${t}`, e]),
          Ax.AWS_EXECUTION_ENV && n.push([`exec-env/${Ax.AWS_EXECUTION_ENV}`]);
        const i = await o?.userAgentAppId?.();
        return i ? [...n, [`app/${i}`]] : [...n];
      };
    };
  });
var Cx,
  Rx,
  SD,
  Jt,
  vx = p(() => {
    Ld();
    (Cx = 'AWS_SDK_UA_APP_ID'),
      (Rx = 'sdk_ua_app_id'),
      (SD = 'sdk-ua-app-id'),
      (Jt = {
        environmentVariableSelector: (t) => t[Cx],
        configFileSelector: (t) => t[Rx] ?? t[SD],
        default: ua,
      });
  });
var Ox = p(() => {
  Y();
});
var qd,
  Dx = p(() => {
    Y();
    Ox();
    qd = (t, e = !1) => {
      if (e) {
        for (const r of t.split('.')) if (!qd(r)) return !1;
        return !0;
      }
      return !(!ar(t) || t.length < 3 || t.length > 63 || t !== t.toLowerCase() || Ho(t));
    };
  });
var Px,
  Nx = p(() => {
    Px = (t) => {
      const e = t.split(':');
      if (e.length < 6) return null;
      const [r, o, n, s, i, ...a] = e;
      if (r !== 'arn' || o === '' || n === '' || a.join(':') === '') return null;
      const c = a.flatMap((l) => l.split('/'));
      return { partition: o, service: n, region: s, accountId: i, resourceId: c };
    };
  });
var ft,
  kx = p(() => {
    Y();
    Dx();
    Nx();
    Ud();
    ft = { isVirtualHostableS3Bucket: qd, parseArn: Px, partition: kE };
    $e.aws = ft;
  });
function Xd(t = {}) {
  return T(
    {
      ...Ue,
      async default() {
        return (
          Mx.silence ||
            console.warn(
              '@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.',
            ),
          'us-east-1'
        );
      },
    },
    { ...ot, ...t },
  );
}
var Mx,
  Lx = p(() => {
    D();
    Mx = { silence: !1 };
  });
var Yt,
  Qt,
  Ux = p(() => {
    (Yt = (t) => ({
      setRegion(e) {
        t.region = e;
      },
      region() {
        return t.region;
      },
    })),
      (Qt = (t) => ({ region: t.region() }));
  });
var k = p(() => {
  hh();
  gh();
  Hp();
  Sh();
  sE();
  cE();
  gE();
  Ld();
  Ex();
  bx();
  vx();
  kx();
  Lx();
  Ux();
});
var Hx = En((i8, Fx) => {
  function wr(t) {
    Object.defineProperty(this, '_next', { writable: !1, enumerable: !1, value: t }), (this.done = !1);
  }
  wr.prototype.next = function () {
    if (this.done) return { done: !0 };
    var t = this._next();
    return (t.done && (this.done = !0), t);
  };
  typeof Symbol < 'u' &&
    (wr.prototype[Symbol.iterator] = function () {
      return this;
    });
  wr.of = function () {
    var t = arguments,
      e = t.length,
      r = 0;
    return new wr(() => (r >= e ? { done: !0 } : { done: !1, value: t[r++] }));
  };
  wr.empty = () => {
    var t = new wr(null);
    return ((t.done = !0), t);
  };
  wr.is = (t) => (t instanceof wr ? !0 : typeof t == 'object' && t !== null && typeof t.next == 'function');
  Fx.exports = wr;
});
var Qd = En((a8, jx) => {
  var Gx = typeof ArrayBuffer < 'u',
    Vx = typeof Symbol < 'u';
  function zx(t, e) {
    var r, o, n, s, i;
    if (!t) throw new Error('obliterator/forEach: invalid iterable.');
    if (typeof e != 'function') throw new Error('obliterator/forEach: expecting a callback.');
    if (
      Array.isArray(t) ||
      (Gx && ArrayBuffer.isView(t)) ||
      typeof t == 'string' ||
      t.toString() === '[object Arguments]'
    ) {
      for (n = 0, s = t.length; n < s; n++) e(t[n], n);
      return;
    }
    if (typeof t.forEach == 'function') {
      t.forEach(e);
      return;
    }
    if (
      (Vx && Symbol.iterator in t && typeof t.next != 'function' && (t = t[Symbol.iterator]()),
      typeof t.next == 'function')
    ) {
      for (r = t, n = 0; (i = r.next()), i.done !== !0; ) e(i.value, n), n++;
      return;
    }
    for (o in t) Object.hasOwn(t, o) && e(t[o], o);
  }
  zx.forEachWithNullKeys = (t, e) => {
    var r, o, n, s, i;
    if (!t) throw new Error('obliterator/forEachWithNullKeys: invalid iterable.');
    if (typeof e != 'function') throw new Error('obliterator/forEachWithNullKeys: expecting a callback.');
    if (
      Array.isArray(t) ||
      (Gx && ArrayBuffer.isView(t)) ||
      typeof t == 'string' ||
      t.toString() === '[object Arguments]'
    ) {
      for (n = 0, s = t.length; n < s; n++) e(t[n], null);
      return;
    }
    if (t instanceof Set) {
      t.forEach((a) => {
        e(a, null);
      });
      return;
    }
    if (typeof t.forEach == 'function') {
      t.forEach(e);
      return;
    }
    if (
      (Vx && Symbol.iterator in t && typeof t.next != 'function' && (t = t[Symbol.iterator]()),
      typeof t.next == 'function')
    ) {
      for (r = t, n = 0; (i = r.next()), i.done !== !0; ) e(i.value, null), n++;
      return;
    }
    for (o in t) Object.hasOwn(t, o) && e(t[o], o);
  };
  jx.exports = zx;
});
var Zd = En((hr) => {
  var yD = 2 ** 8 - 1,
    ED = 2 ** 16 - 1,
    xD = 2 ** 32 - 1,
    _D = 2 ** 7 - 1,
    ID = 2 ** 15 - 1,
    TD = 2 ** 31 - 1;
  hr.getPointerArray = (t) => {
    var e = t - 1;
    return e <= yD ? Uint8Array : e <= ED ? Uint16Array : e <= xD ? Uint32Array : Float64Array;
  };
  hr.getSignedPointerArray = (t) => {
    var e = t - 1;
    return e <= _D ? Int8Array : e <= ID ? Int16Array : e <= TD ? Int32Array : Float64Array;
  };
  hr.getNumberType = (t) =>
    t === (t | 0)
      ? Math.sign(t) === -1
        ? t <= 127 && t >= -128
          ? Int8Array
          : t <= 32767 && t >= -32768
            ? Int16Array
            : Int32Array
        : t <= 255
          ? Uint8Array
          : t <= 65535
            ? Uint16Array
            : Uint32Array
      : Float64Array;
  var wD = {
    Uint8Array: 1,
    Int8Array: 2,
    Uint16Array: 3,
    Int16Array: 4,
    Uint32Array: 5,
    Int32Array: 6,
    Float32Array: 7,
    Float64Array: 8,
  };
  hr.getMinimalRepresentation = (t, e) => {
    var r = null,
      o = 0,
      n,
      s,
      i,
      a,
      c;
    for (a = 0, c = t.length; a < c; a++)
      (i = e ? e(t[a]) : t[a]), (s = hr.getNumberType(i)), (n = wD[s.name]), n > o && ((o = n), (r = s));
    return r;
  };
  hr.isTypedArray = (t) => typeof ArrayBuffer < 'u' && ArrayBuffer.isView(t);
  hr.concat = function () {
    var t = 0,
      e,
      r,
      o;
    for (e = 0, o = arguments.length; e < o; e++) t += arguments[e].length;
    var n = new arguments[0].constructor(t);
    for (e = 0, r = 0; e < o; e++) n.set(arguments[e], r), (r += arguments[e].length);
    return n;
  };
  hr.indices = (t) => {
    for (var e = hr.getPointerArray(t), r = new e(t), o = 0; o < t; o++) r[o] = o;
    return r;
  };
});
var qx = En((os) => {
  var Wx = Qd(),
    Kx = Zd();
  function AD(t) {
    return Array.isArray(t) || Kx.isTypedArray(t);
  }
  function eu(t) {
    if (typeof t.length == 'number') return t.length;
    if (typeof t.size == 'number') return t.size;
  }
  function bD(t) {
    var e = eu(t),
      r = typeof e == 'number' ? new Array(e) : [],
      o = 0;
    return (
      Wx(t, (n) => {
        r[o++] = n;
      }),
      r
    );
  }
  function CD(t) {
    var e = eu(t),
      r = typeof e == 'number' ? Kx.getPointerArray(e) : Array,
      o = typeof e == 'number' ? new Array(e) : [],
      n = typeof e == 'number' ? new r(e) : [],
      s = 0;
    return (
      Wx(t, (i) => {
        (o[s] = i), (n[s] = s++);
      }),
      [o, n]
    );
  }
  os.isArrayLike = AD;
  os.guessLength = eu;
  os.toArray = bD;
  os.toArrayWithIndices = CD;
});
var Jx = En((l8, Xx) => {
  var tu = Hx(),
    RD = Qd(),
    vD = Zd(),
    OD = qx();
  function ce(t, e, r) {
    if (
      (arguments.length < 2 && ((r = t), (t = null), (e = null)),
      (this.capacity = r),
      typeof this.capacity != 'number' || this.capacity <= 0)
    )
      throw new Error('mnemonist/lru-cache: capacity should be positive number.');
    var o = vD.getPointerArray(r);
    (this.forward = new o(r)),
      (this.backward = new o(r)),
      (this.K = typeof t == 'function' ? new t(r) : new Array(r)),
      (this.V = typeof e == 'function' ? new e(r) : new Array(r)),
      (this.size = 0),
      (this.head = 0),
      (this.tail = 0),
      (this.items = {});
  }
  ce.prototype.clear = function () {
    (this.size = 0), (this.head = 0), (this.tail = 0), (this.items = {});
  };
  ce.prototype.splayOnTop = function (t) {
    var e = this.head;
    if (this.head === t) return this;
    var r = this.backward[t],
      o = this.forward[t];
    return (
      this.tail === t ? (this.tail = r) : (this.backward[o] = r),
      (this.forward[r] = o),
      (this.backward[e] = t),
      (this.head = t),
      (this.forward[t] = e),
      this
    );
  };
  ce.prototype.set = function (t, e) {
    var r = this.items[t];
    if (typeof r < 'u') {
      this.splayOnTop(r), (this.V[r] = e);
      return;
    }
    this.size < this.capacity
      ? (r = this.size++)
      : ((r = this.tail), (this.tail = this.backward[r]), delete this.items[this.K[r]]),
      (this.items[t] = r),
      (this.K[r] = t),
      (this.V[r] = e),
      (this.forward[r] = this.head),
      (this.backward[this.head] = r),
      (this.head = r);
  };
  ce.prototype.setpop = function (t, e) {
    var r = null,
      o = null,
      n = this.items[t];
    return typeof n < 'u'
      ? (this.splayOnTop(n), (r = this.V[n]), (this.V[n] = e), { evicted: !1, key: t, value: r })
      : (this.size < this.capacity
          ? (n = this.size++)
          : ((n = this.tail),
            (this.tail = this.backward[n]),
            (r = this.V[n]),
            (o = this.K[n]),
            delete this.items[this.K[n]]),
        (this.items[t] = n),
        (this.K[n] = t),
        (this.V[n] = e),
        (this.forward[n] = this.head),
        (this.backward[this.head] = n),
        (this.head = n),
        o ? { evicted: !0, key: o, value: r } : null);
  };
  ce.prototype.has = function (t) {
    return t in this.items;
  };
  ce.prototype.get = function (t) {
    var e = this.items[t];
    if (!(typeof e > 'u')) return (this.splayOnTop(e), this.V[e]);
  };
  ce.prototype.peek = function (t) {
    var e = this.items[t];
    if (!(typeof e > 'u')) return this.V[e];
  };
  ce.prototype.forEach = function (t, e) {
    e = arguments.length > 1 ? e : this;
    for (var r = 0, o = this.size, n = this.head, s = this.K, i = this.V, a = this.forward; r < o; )
      t.call(e, i[n], s[n], this), (n = a[n]), r++;
  };
  ce.prototype.keys = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      o = this.K,
      n = this.forward;
    return new tu(() => {
      if (t >= e) return { done: !0 };
      var s = o[r];
      return (t++, t < e && (r = n[r]), { done: !1, value: s });
    });
  };
  ce.prototype.values = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      o = this.V,
      n = this.forward;
    return new tu(() => {
      if (t >= e) return { done: !0 };
      var s = o[r];
      return (t++, t < e && (r = n[r]), { done: !1, value: s });
    });
  };
  ce.prototype.entries = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      o = this.K,
      n = this.V,
      s = this.forward;
    return new tu(() => {
      if (t >= e) return { done: !0 };
      var i = o[r],
        a = n[r];
      return (t++, t < e && (r = s[r]), { done: !1, value: [i, a] });
    });
  };
  typeof Symbol < 'u' && (ce.prototype[Symbol.iterator] = ce.prototype.entries);
  ce.prototype.inspect = function () {
    for (var t = new Map(), e = this.entries(), r; (r = e.next()), !r.done; ) t.set(r.value[0], r.value[1]);
    return (Object.defineProperty(t, 'constructor', { value: ce, enumerable: !1 }), t);
  };
  typeof Symbol < 'u' && (ce.prototype[Symbol.for('nodejs.util.inspect.custom')] = ce.prototype.inspect);
  ce.from = function (t, e, r, o) {
    if (arguments.length < 2) {
      if (((o = OD.guessLength(t)), typeof o != 'number'))
        throw new Error(
          'mnemonist/lru-cache.from: could not guess iterable length. Please provide desired capacity as last argument.',
        );
    } else arguments.length === 2 && ((o = e), (e = null), (r = null));
    var n = new ce(e, r, o);
    return (
      RD(t, (s, i) => {
        n.set(i, s);
      }),
      n
    );
  };
  Xx.exports = ce;
});
var Ia,
  Ta,
  Qx = p(() => {
    N();
    (Ia = (t) => (Pe.isInstance(t) ? (t.headers?.date ?? t.headers?.Date) : void 0)),
      (Ta = (t) => (Pe.isInstance(t) ? (t.headers?.age ?? t.headers?.Age) : void 0));
  });
var ss,
  Zx = p(() => {
    ss = (t) => new Date(Date.now() + t);
  });
var wa,
  e_ = p(() => {
    wa = (t, e, r, o) => {
      if (o !== void 0) return e;
      const n = Date.parse(t);
      if (Number.isNaN(n)) return e;
      const s = Date.now();
      return r !== void 0 && s - r > 9e5 ? e : n - s;
    };
  });
var ou = p(() => {
  Qx();
  Zx();
  e_();
});
var is,
  DD,
  as,
  ge,
  nu = p(() => {
    N();
    ir();
    ou();
    (is = (t, e) => {
      if (!e) throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);
      return e;
    }),
      (DD = (t) => t.context?.[_t]?.eventStream?.output === !0),
      (as = async (t) => {
        const e = is('context', t.context),
          r = is('config', t.config),
          o = e.endpointV2?.properties?.authSchemes?.[0],
          s = await is('signer', r.signer)(o),
          i = t?.signingRegion,
          a = t?.signingRegionSet,
          c = t?.signingName;
        return { config: r, signer: s, signingRegion: i, signingRegionSet: a, signingName: c };
      }),
      (ge = class {
        async sign(e, r, o) {
          if (!B.isInstance(e))
            throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
          let n = await as(o),
            { config: s, signer: i } = n,
            { signingRegion: a, signingName: c } = n,
            l = o.context;
          if (l?.authSchemes?.length ?? !1) {
            const [f, h] = l.authSchemes;
            f?.name === 'sigv4a' &&
              h?.name === 'sigv4' &&
              ((a = h?.signingRegion ?? a), (c = h?.signingName ?? c));
          }
          const d = (await s.disableClockSkewCorrection?.()) === !0;
          o._disableClockSkewCorrection = d;
          const u = d || DD(o);
          return (
            (o._skipClockSkewSampling = u),
            u || ((o._preRequestSystemClockOffset = s.systemClockOffset), (o._requestSentAt = Date.now())),
            await i.sign(e, {
              signingDate: d ? new Date() : ss(s.systemClockOffset),
              signingRegion: a,
              signingService: c,
            })
          );
        }
        errorHandler(e) {
          return (r) => {
            const o = r;
            if (!e._skipClockSkewSampling && !e._disableClockSkewCorrection) {
              const n = o.ServerTime ?? Ia(o.$response);
              if (n) {
                const s = is('config', e.config),
                  i = e._preRequestSystemClockOffset,
                  a = e._requestSentAt,
                  c = Ta(o.$response),
                  l = wa(n, s.systemClockOffset, a, c);
                (s.systemClockOffset = l),
                  Math.abs(l) >= 24e4 &&
                    (l !== i || (i !== void 0 && i !== l)) &&
                    o.$metadata &&
                    (o.$metadata.clockSkewCorrected = !0);
              }
            }
            throw r;
          };
        }
        successHandler(e, r) {
          if (r._skipClockSkewSampling || r._disableClockSkewCorrection) return;
          const o = Ia(e);
          if (o) {
            const n = is('config', r.config),
              s = r._requestSentAt,
              i = Ta(e);
            n.systemClockOffset = wa(o, n.systemClockOffset, s, i);
          }
        }
      });
  });
var Gr,
  t_ = p(() => {
    N();
    ou();
    nu();
    Gr = class extends ge {
      async sign(e, r, o) {
        if (!B.isInstance(e))
          throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
        const { config: n, signer: s, signingRegion: i, signingRegionSet: a, signingName: c } = await as(o),
          d = ((await n.sigv4aSigningRegionSet?.()) ?? a ?? [i]).join(','),
          u = (await n.disableClockSkewCorrection?.()) === !0;
        return (
          (o._disableClockSkewCorrection = u),
          u || ((o._preRequestSystemClockOffset = n.systemClockOffset), (o._requestSentAt = Date.now())),
          await s.sign(e, {
            signingDate: u ? new Date() : ss(n.systemClockOffset),
            signingRegion: d,
            signingService: c,
          })
        );
      }
    };
  });
var su,
  r_ = p(() => {
    su = (t) => (typeof t == 'string' && t.length > 0 ? t.split(',').map((e) => e.trim()) : []);
  });
var o_,
  n_ = p(() => {
    o_ = (t) => `AWS_BEARER_TOKEN_${t.replace(/[\s-]/g, '_').toUpperCase()}`;
  });
var s_,
  i_,
  ht,
  a_ = p(() => {
    r_();
    n_();
    (s_ = 'AWS_AUTH_SCHEME_PREFERENCE'),
      (i_ = 'auth_scheme_preference'),
      (ht = {
        environmentVariableSelector: (t, e) => {
          if (e?.signingName && o_(e.signingName) in t) return ['httpBearerAuth'];
          if (s_ in t) return su(t[s_]);
        },
        configFileSelector: (t) => {
          if (i_ in t) return su(t[i_]);
        },
        default: [],
      });
  });
var Aa,
  ba,
  c_ = p(() => {
    Ce();
    D();
    (Aa = (t) => ((t.sigv4aSigningRegionSet = zt(t.sigv4aSigningRegionSet)), t)),
      (ba = {
        environmentVariableSelector(t) {
          if (t.AWS_SIGV4A_SIGNING_REGION_SET)
            return t.AWS_SIGV4A_SIGNING_REGION_SET.split(',').map((e) => e.trim());
          throw new Ae('AWS_SIGV4A_SIGNING_REGION_SET not set in env.', { tryNextLink: !0 });
        },
        configFileSelector(t) {
          if (t.sigv4a_signing_region_set)
            return (t.sigv4a_signing_region_set ?? '').split(',').map((e) => e.trim());
          throw new Ae('sigv4a_signing_region_set not set in profile.', { tryNextLink: !0 });
        },
        default: void 0,
      });
  });
function l_(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var Ca,
  p_,
  PD,
  iu,
  d_ = p(() => {
    R();
    R();
    Ca = class {
      format(e) {
        const r = [];
        for (const s in e) {
          if (!A(e, s)) continue;
          const i = te(s);
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(e[s]));
        }
        let o = new Uint8Array(r.reduce((s, i) => s + i.byteLength, 0)),
          n = 0;
        for (const s of r) o.set(s, n), (n += s.byteLength);
        return o;
      }
      formatHeaderValue(e) {
        switch (e.type) {
          case 'boolean':
            return Uint8Array.from([e.value ? 0 : 1]);
          case 'byte':
            return Uint8Array.from([2, e.value]);
          case 'short': {
            const r = new DataView(new ArrayBuffer(3));
            return (r.setUint8(0, 3), r.setInt16(1, e.value, !1), new Uint8Array(r.buffer));
          }
          case 'integer': {
            const o = new DataView(new ArrayBuffer(5));
            return (o.setUint8(0, 4), o.setInt32(1, e.value, !1), new Uint8Array(o.buffer));
          }
          case 'long': {
            const n = new Uint8Array(9);
            return ((n[0] = 5), n.set(e.value.bytes, 1), n);
          }
          case 'binary': {
            const s = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            s.setUint8(0, 6), s.setUint16(1, e.value.byteLength, !1);
            const i = new Uint8Array(s.buffer);
            return (i.set(e.value, 3), i);
          }
          case 'string': {
            const a = te(e.value),
              c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const l = new Uint8Array(c.buffer);
            return (l.set(a, 3), l);
          }
          case 'timestamp': {
            const d = new Uint8Array(9);
            return ((d[0] = 8), d.set(iu.fromNumber(e.value.valueOf()).bytes, 1), d);
          }
          case 'uuid': {
            if (!PD.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
            const u = new Uint8Array(17);
            return ((u[0] = 9), u.set(Cn(e.value.replace(/-/g, '')), 1), u);
          }
        }
      }
    };
    ((t) => {
      (t[(t.boolTrue = 0)] = 'boolTrue'),
        (t[(t.boolFalse = 1)] = 'boolFalse'),
        (t[(t.byte = 2)] = 'byte'),
        (t[(t.short = 3)] = 'short'),
        (t[(t.integer = 4)] = 'integer'),
        (t[(t.long = 5)] = 'long'),
        (t[(t.byteArray = 6)] = 'byteArray'),
        (t[(t.string = 7)] = 'string'),
        (t[(t.timestamp = 8)] = 'timestamp'),
        (t[(t.uuid = 9)] = 'uuid');
    })(p_ || (p_ = {}));
    (PD = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (iu = class t {
        bytes;
        constructor(e) {
          if (((this.bytes = e), e.byteLength !== 8))
            throw new Error('Int64 buffers must be exactly 8 bytes');
        }
        static fromNumber(e) {
          if (e > 9223372036854776e3 || e < -9223372036854776e3)
            throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`);
          const r = new Uint8Array(8);
          for (let o = 7, n = Math.abs(Math.round(e)); o > -1 && n > 0; o--, n /= 256) r[o] = n;
          return (e < 0 && l_(r), new t(r));
        }
        valueOf() {
          const e = this.bytes.slice(0),
            r = e[0] & 128;
          return (r && l_(e), parseInt(re(e), 16) * (r ? -1 : 1));
        }
        toString() {
          return String(this.valueOf());
        }
      });
  });
var u_,
  m_,
  au,
  f_,
  h_,
  cu,
  pu,
  lu,
  du,
  ND,
  g_,
  S_,
  cs,
  y_,
  E_,
  x_,
  __,
  Ra,
  I_,
  T_,
  w_,
  uu,
  A_,
  So = p(() => {
    (u_ = 'X-Amz-Algorithm'),
      (m_ = 'X-Amz-Credential'),
      (au = 'X-Amz-Date'),
      (f_ = 'X-Amz-SignedHeaders'),
      (h_ = 'X-Amz-Expires'),
      (cu = 'X-Amz-Signature'),
      (pu = 'X-Amz-Security-Token'),
      (lu = 'authorization'),
      (du = au.toLowerCase()),
      (ND = 'date'),
      (g_ = [lu, du, ND]),
      (S_ = cu.toLowerCase()),
      (cs = 'x-amz-content-sha256'),
      (y_ = pu.toLowerCase()),
      (E_ = {
        authorization: !0,
        'cache-control': !0,
        connection: !0,
        expect: !0,
        from: !0,
        'keep-alive': !0,
        'max-forwards': !0,
        pragma: !0,
        referer: !0,
        te: !0,
        trailer: !0,
        'transfer-encoding': !0,
        upgrade: !0,
        'user-agent': !0,
        'x-amzn-trace-id': !0,
      }),
      (x_ = /^proxy-/),
      (__ = /^sec-/),
      (Ra = 'AWS4-HMAC-SHA256'),
      (I_ = 'AWS4-HMAC-SHA256-PAYLOAD'),
      (T_ = 'UNSIGNED-PAYLOAD'),
      (w_ = 50),
      (uu = 'aws4_request'),
      (A_ = 3600 * 24 * 7);
  });
var b_,
  C_ = p(() => {
    R();
    N();
    So();
    b_ = ({ query: t = {} }) => {
      const e = [],
        r = {};
      for (const o in t) {
        if (!A(t, o) || o.toLowerCase() === S_) continue;
        const n = Ft(o);
        e.push(n);
        const s = t[o];
        typeof s == 'string'
          ? (r[n] = `${n}=${Ft(s)}`)
          : Array.isArray(s) &&
            (r[n] = s
              .slice(0)
              .reduce((i, a) => i.concat([`${n}=${Ft(a)}`]), [])
              .sort()
              .join('&'));
      }
      return e
        .sort()
        .map((o) => r[o])
        .filter((o) => o)
        .join('&');
    };
  });
var R_,
  kD,
  v_ = p(() => {
    (R_ = (t) =>
      kD(t)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')),
      (kD = (t) =>
        typeof t == 'number'
          ? new Date(t * 1e3)
          : typeof t == 'string'
            ? Number(t)
              ? new Date(Number(t) * 1e3)
              : new Date(t)
            : t);
  });
var va,
  O_ = p(() => {
    b();
    N();
    R();
    C_();
    v_();
    va = class {
      service;
      regionProvider;
      credentialProvider;
      sha256;
      uriEscapePath;
      applyChecksum;
      constructor({
        applyChecksum: e,
        credentials: r,
        region: o,
        service: n,
        sha256: s,
        uriEscapePath: i = !0,
      }) {
        (this.service = n),
          (this.sha256 = s),
          (this.uriEscapePath = i),
          (this.applyChecksum = typeof e == 'boolean' ? e : !0),
          (this.regionProvider = W(o)),
          (this.credentialProvider = W(r));
      }
      createCanonicalRequest(e, r, o) {
        const n = Object.keys(r).sort();
        return `${e.method}
${this.getCanonicalPath(e)}
${b_(e)}
${n
  .map((s) => `${s}:${r[s]}`)
  .join(`
`)}

${n.join(';')}
${o}`;
      }
      async createStringToSign(e, r, o, n) {
        const s = new this.sha256();
        s.update(et(o));
        const i = await s.digest();
        return `${n}
${e}
${r}
${re(i)}`;
      }
      getCanonicalPath({ path: e }) {
        if (this.uriEscapePath) {
          const r = [];
          for (const s of e.split('/')) s?.length !== 0 && s !== '.' && (s === '..' ? r.pop() : r.push(s));
          const o = `${e?.startsWith('/') ? '/' : ''}${r.join('/')}${r.length > 0 && e?.endsWith('/') ? '/' : ''}`;
          return Ft(o).replace(/%2F/g, '/');
        }
        return e;
      }
      validateResolvedCredentials(e) {
        if (typeof e != 'object' || typeof e.accessKeyId != 'string' || typeof e.secretAccessKey != 'string')
          throw new Error('Resolved credential object is not valid');
      }
      formatDate(e) {
        const r = R_(e).replace(/[-:]/g, '');
        return { longDate: r, shortDate: r.slice(0, 8) };
      }
      getCanonicalHeaderList(e) {
        return Object.keys(e).sort().join(';');
      }
    };
  });
var Oa,
  mu,
  Da,
  P_,
  D_,
  N_ = p(() => {
    R();
    So();
    (Oa = {}),
      (mu = []),
      (Da = (t, e, r) => `${t}/${e}/${r}/${uu}`),
      (P_ = async (t, e, r, o, n) => {
        const s = await D_(t, e.secretAccessKey, e.accessKeyId),
          i = `${r}:${o}:${n}:${re(s)}:${e.sessionToken}`;
        if (i in Oa) return Oa[i];
        for (mu.push(i); mu.length > w_; ) delete Oa[mu.shift()];
        let a = `AWS4${e.secretAccessKey}`;
        for (const c of [r, o, n, uu]) a = await D_(t, a, c);
        return (Oa[i] = a);
      }),
      (D_ = (t, e, r) => {
        const o = new t(e);
        return (o.update(et(r)), o.digest());
      });
  });
var fu,
  k_ = p(() => {
    R();
    So();
    fu = ({ headers: t }, e, r) => {
      const o = {};
      for (const n of Object.keys(t).sort()) {
        if (t[n] == null) continue;
        const s = n.toLowerCase();
        ((A(E_, s) || e?.has(s) || x_.test(s) || __.test(s)) && (!r || (r && !r.has(s)))) ||
          (s === '__proto__' && Tr(o),
          (o[s] = t[n]
            .replace(/[\r\n]/g, ' ')
            .replace(/[ \t]+/g, ' ')
            .replace(/^ | $/g, '')));
      }
      return o;
    };
  });
var Pa,
  M_ = p(() => {
    R();
    R();
    So();
    Pa = async ({ headers: t, body: e }, r) => {
      for (const o in t) if (A(t, o) && o.toLowerCase() === cs) return t[o];
      if (e == null) return 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
      if (typeof e == 'string' || ArrayBuffer.isView(e) || Tn(e)) {
        const o = new r();
        return (o.update(et(e)), re(await o.digest()));
      }
      return T_;
    };
  });
var L_,
  U_ = p(() => {
    R();
    L_ = (t, e) => {
      t = t.toLowerCase();
      for (const r in e) if (A(e, r) && t === r.toLowerCase()) return !0;
      return !1;
    };
  });
var $_,
  B_ = p(() => {
    R();
    N();
    $_ = (t, e = {}) => {
      const { headers: r, query: o = {} } = B.clone(t);
      for (const n in r) {
        if (!A(r, n)) continue;
        const s = n.toLowerCase();
        ((s.slice(0, 6) === 'x-amz-' && !e.unhoistableHeaders?.has(s)) || e.hoistableHeaders?.has(s)) &&
          ((o[n] = r[n]), delete r[n]);
      }
      return { ...t, headers: r, query: o };
    };
  });
var hu,
  F_ = p(() => {
    R();
    N();
    So();
    hu = (t) => {
      t = B.clone(t);
      for (const e in t.headers) A(t.headers, e) && g_.indexOf(e.toLowerCase()) > -1 && delete t.headers[e];
      return t;
    };
  });
var Vr,
  H_ = p(() => {
    R();
    d_();
    O_();
    So();
    N_();
    k_();
    M_();
    U_();
    B_();
    F_();
    Vr = class extends va {
      headerFormatter = new Ca();
      constructor({
        applyChecksum: e,
        credentials: r,
        region: o,
        service: n,
        sha256: s,
        uriEscapePath: i = !0,
      }) {
        super({ applyChecksum: e, credentials: r, region: o, service: n, sha256: s, uriEscapePath: i });
      }
      async presign(e, r = {}) {
        const {
            signingDate: o = new Date(),
            expiresIn: n = 3600,
            unsignableHeaders: s,
            unhoistableHeaders: i,
            signableHeaders: a,
            hoistableHeaders: c,
            signingRegion: l,
            signingService: d,
          } = r,
          u = await this.credentialProvider();
        this.validateResolvedCredentials(u);
        const m = l ?? (await this.regionProvider()),
          { longDate: f, shortDate: h } = this.formatDate(o);
        if (n > A_)
          return Promise.reject(
            'Signature version 4 presigned URLs must have an expiration date less than one week in the future',
          );
        const S = Da(h, m, d ?? this.service),
          g = $_(hu(e), { unhoistableHeaders: i, hoistableHeaders: c });
        u.sessionToken && (g.query[pu] = u.sessionToken),
          (g.query[u_] = Ra),
          (g.query[m_] = `${u.accessKeyId}/${S}`),
          (g.query[au] = f),
          (g.query[h_] = n.toString(10));
        const y = fu(g, s, a);
        return (
          (g.query[f_] = this.getCanonicalHeaderList(y)),
          (g.query[cu] = await this.getSignature(
            f,
            S,
            this.getSigningKey(u, m, h, d),
            this.createCanonicalRequest(g, y, await Pa(e, this.sha256)),
          )),
          g
        );
      }
      async sign(e, r) {
        return typeof e == 'string'
          ? this.signString(e, r)
          : e.headers && e.payload
            ? this.signEvent(e, r)
            : e.message
              ? this.signMessage(e, r)
              : this.signRequest(e, r);
      }
      async signEvent(
        { headers: e, payload: r },
        {
          signingDate: o = new Date(),
          priorSignature: n,
          signingRegion: s,
          signingService: i,
          eventStreamCredentials: a,
        },
      ) {
        const c = s ?? (await this.regionProvider()),
          { shortDate: l, longDate: d } = this.formatDate(o),
          u = Da(l, c, i ?? this.service),
          m = await Pa({ headers: {}, body: r }, this.sha256),
          f = new this.sha256();
        f.update(e);
        const h = re(await f.digest()),
          S = [I_, d, u, n, h, m].join(`
`);
        return this.signString(S, {
          signingDate: o,
          signingRegion: c,
          signingService: i,
          eventStreamCredentials: a,
        });
      }
      async signMessage(
        e,
        { signingDate: r = new Date(), signingRegion: o, signingService: n, eventStreamCredentials: s },
      ) {
        return this.signEvent(
          { headers: this.headerFormatter.format(e.message.headers), payload: e.message.body },
          {
            signingDate: r,
            signingRegion: o,
            signingService: n,
            priorSignature: e.priorSignature,
            eventStreamCredentials: s,
          },
        ).then((a) => ({ message: e.message, signature: a }));
      }
      async signString(
        e,
        { signingDate: r = new Date(), signingRegion: o, signingService: n, eventStreamCredentials: s } = {},
      ) {
        const i = s ?? (await this.credentialProvider());
        this.validateResolvedCredentials(i);
        const a = o ?? (await this.regionProvider()),
          { shortDate: c } = this.formatDate(r),
          l = new this.sha256(await this.getSigningKey(i, a, c, n));
        return (l.update(et(e)), re(await l.digest()));
      }
      async signRequest(
        e,
        {
          signingDate: r = new Date(),
          signableHeaders: o,
          unsignableHeaders: n,
          signingRegion: s,
          signingService: i,
        } = {},
      ) {
        const a = await this.credentialProvider();
        this.validateResolvedCredentials(a);
        const c = s ?? (await this.regionProvider()),
          l = hu(e),
          { longDate: d, shortDate: u } = this.formatDate(r),
          m = Da(u, c, i ?? this.service);
        (l.headers[du] = d), a.sessionToken && (l.headers[y_] = a.sessionToken);
        const f = await Pa(l, this.sha256);
        !L_(cs, l.headers) && this.applyChecksum && (l.headers[cs] = f);
        const h = fu(l, n, o),
          S = await this.getSignature(
            d,
            m,
            this.getSigningKey(a, c, u, i),
            this.createCanonicalRequest(l, h, f),
          );
        return (
          (l.headers[lu] =
            `${Ra} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(h)}, Signature=${S}`),
          l
        );
      }
      async getSignature(e, r, o, n) {
        const s = await this.createStringToSign(e, r, n, Ra),
          i = new this.sha256(await o);
        return (i.update(et(s)), re(await i.digest()));
      }
      getSigningKey(e, r, o, n) {
        return P_(this.sha256, e, o, r, n || this.service);
      }
    };
  });
var Na,
  G_ = p(() => {
    Na = { SignatureV4a: null };
  });
var ka = p(() => {
  H_();
  G_();
});
function MD(t, { credentials: e, credentialDefaultProvider: r }) {
  let o;
  return (
    e
      ? e?.memoized
        ? (o = e)
        : (o = da(e, la, Qn))
      : r
        ? (o = zt(r(Object.assign({}, t, { parentClientConfig: t }))))
        : (o = async () => {
            throw new Error(
              '@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.',
            );
          }),
    (o.memoized = !0),
    o
  );
}
function LD(t, e) {
  if (e.configBound) return e;
  const r = async (o) => e({ ...o, callerClientConfig: t });
  return ((r.memoized = e.memoized), (r.configBound = !0), r);
}
var gu,
  V_ = p(() => {
    k();
    Ce();
    ka();
    gu = (t) => (e) => {
      let r = e.credentials,
        o = !!e.credentials,
        n;
      Object.defineProperty(e, 'credentials', {
        set(d) {
          d && d !== r && d !== n && (o = !0), (r = d);
          const u = MD(e, { credentials: r, credentialDefaultProvider: e.credentialDefaultProvider }),
            m = LD(e, u);
          if (o && !m.attributed) {
            const f = typeof r == 'object' && r !== null;
            (n = async (h) => {
              const g = await m(h);
              return f && (!g.$source || Object.keys(g.$source).length === 0)
                ? M(g, 'CREDENTIALS_CODE', 'e')
                : g;
            }),
              (n.memoized = m.memoized),
              (n.configBound = m.configBound),
              (n.attributed = !0);
          } else n = m;
        },
        get() {
          return n;
        },
        enumerable: !0,
        configurable: !0,
      }),
        (e.credentials = r);
      let { signingEscapePath: s = !0, systemClockOffset: i = e.systemClockOffset || 0, sha256: a } = e,
        c;
      return (
        e.signer
          ? (c = zt(e.signer))
          : e.regionInfoProvider
            ? (c = () =>
                zt(e.region)()
                  .then(async (d) => [
                    (await e.regionInfoProvider(d, {
                      useFipsEndpoint: await e.useFipsEndpoint(),
                      useDualstackEndpoint: await e.useDualstackEndpoint(),
                    })) || {},
                    d,
                  ])
                  .then(([d, u]) => {
                    const { signingRegion: m, signingService: f } = d;
                    (e.signingRegion = e.signingRegion || m || u),
                      (e.signingName = e.signingName || f || e.serviceId);
                    const h = {
                        ...e,
                        credentials: e.credentials,
                        region: e.signingRegion,
                        service: e.signingName,
                        sha256: a,
                        uriEscapePath: s,
                      },
                      S = e.signerConstructor || Vr;
                    return new S(h);
                  }))
            : (c = async (d) => {
                d = Object.assign(
                  {},
                  {
                    name: 'sigv4',
                    signingName: e.signingName || e.defaultSigningName,
                    signingRegion: await zt(e.region)(),
                    properties: {},
                  },
                  d,
                );
                const u = d.signingRegion,
                  m = d.signingName;
                (e.signingRegion = e.signingRegion || u), (e.signingName = e.signingName || m || e.serviceId);
                const f = {
                    ...e,
                    credentials: e.credentials,
                    region: e.signingRegion,
                    service: e.signingName,
                    sha256: a,
                    uriEscapePath: s,
                  },
                  h = e.signerConstructor || Vr;
                return new h(f);
              }),
        Object.assign(e, {
          systemClockOffset: i,
          signingEscapePath: s,
          signer: c,
          disableClockSkewCorrection: zt(e.disableClockSkewCorrection ?? t),
        })
      );
    };
  });
var Su = p(() => {
  nu();
  t_();
  a_();
  c_();
  V_();
});
var $D,
  BD,
  z_,
  j_ = p(() => {
    D();
    ($D = 'AWS_DISABLE_CLOCK_SKEW_CORRECTION'),
      (BD = 'disable_clock_skew_correction'),
      (z_ = {
        environmentVariableSelector: (t) => rt(t, $D, Me.ENV),
        configFileSelector: (t) => rt(t, BD, Me.CONFIG),
        default: !1,
      });
  });
var W_,
  K_ = p(() => {
    D();
    j_();
    W_ = T(z_);
  });
var gr,
  Re = p(() => {
    Su();
    Su();
    K_();
    gr = gu(W_);
  });
var ls,
  ds,
  Iu,
  Tu,
  wu,
  Au,
  Ec,
  BI = p(() => {
    k();
    D();
    (ls = 'AWS_ACCESS_KEY_ID'),
      (ds = 'AWS_SECRET_ACCESS_KEY'),
      (Iu = 'AWS_SESSION_TOKEN'),
      (Tu = 'AWS_CREDENTIAL_EXPIRATION'),
      (wu = 'AWS_CREDENTIAL_SCOPE'),
      (Au = 'AWS_ACCOUNT_ID'),
      (Ec = (t) => async () => {
        t?.logger?.debug('@aws-sdk/credential-provider-env - fromEnv');
        const e = process.env[ls],
          r = process.env[ds],
          o = process.env[Iu],
          n = process.env[Tu],
          s = process.env[wu],
          i = process.env[Au];
        if (e && r) {
          const a = {
            accessKeyId: e,
            secretAccessKey: r,
            ...(o && { sessionToken: o }),
            ...(n && { expiration: new Date(n) }),
            ...(s && { credentialScope: s }),
            ...(i && { accountId: i }),
          };
          return (M(a, 'CREDENTIALS_ENV_VARS', 'g'), a);
        }
        throw new x('Unable to find environment variable credentials.', { logger: t?.logger });
      });
  });
var FI = {};
Ye(FI, {
  ENV_ACCOUNT_ID: () => Au,
  ENV_CREDENTIAL_SCOPE: () => wu,
  ENV_EXPIRATION: () => Tu,
  ENV_KEY: () => ls,
  ENV_SECRET: () => ds,
  ENV_SESSION: () => Iu,
  fromEnv: () => Ec,
});
var bu = p(() => {
  BI();
});
var xc,
  _c,
  Cu = p(() => {
    (xc = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.AccessKeyId == 'string' &&
      typeof t.SecretAccessKey == 'string' &&
      typeof t.Token == 'string' &&
      typeof t.Expiration == 'string'),
      (_c = (t) => ({
        accessKeyId: t.AccessKeyId,
        secretAccessKey: t.SecretAccessKey,
        sessionToken: t.Token,
        expiration: new Date(t.Expiration),
        ...(t.AccountId && { accountId: t.AccountId }),
      }));
  });
var HI,
  GI,
  on,
  Ic = p(() => {
    (HI = 1e3), (GI = 0), (on = ({ maxRetries: t = 0, timeout: e = 1e3 }) => ({ maxRetries: t, timeout: e }));
  });
import VI from 'node:http';
var zI = p(() => {});
function zr(t) {
  return new Promise((e, r) => {
    const o = VI.request({ method: 'GET', ...t, hostname: t.hostname?.replace(/^\[(.+)\]$/, '$1') });
    o.on('error', (n) => {
      r(Object.assign(new Ae('Unable to connect to instance metadata service'), n)), o.destroy();
    }),
      o.on('timeout', () => {
        r(new Ae('TimeoutError from instance metadata service')), o.destroy();
      }),
      o.on('response', (n) => {
        const { statusCode: s = 400 } = n;
        (s < 200 || 300 <= s) &&
          (r(
            Object.assign(new Ae('Error response received from instance metadata service'), {
              statusCode: s,
            }),
          ),
          o.destroy());
        const i = [];
        n.on('data', (a) => {
          i.push(a);
        }),
          n.on('end', () => {
            e(Buffer.concat(i)), o.destroy();
          });
      }),
      o.end();
  });
}
var Tc = p(() => {
  D();
  zI();
});
var us,
  Ru = p(() => {
    us = (t, e) => {
      let r = t();
      for (let o = 0; o < e; o++) r = r.catch(t);
      return r;
    };
  });
var nn,
  ms,
  wc,
  jI,
  kk,
  Mk,
  Lk,
  Uk,
  $k,
  WI = p(() => {
    D();
    Cu();
    Ic();
    Tc();
    Ru();
    (nn = 'AWS_CONTAINER_CREDENTIALS_FULL_URI'),
      (ms = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'),
      (wc = 'AWS_CONTAINER_AUTHORIZATION_TOKEN'),
      (jI = (t = {}) => {
        const { timeout: e, maxRetries: r } = on(t);
        return () =>
          us(async () => {
            const o = await $k({ logger: t.logger }),
              n = JSON.parse(await kk(e, o));
            if (!xc(n))
              throw new x('Invalid response received from instance metadata service.', { logger: t.logger });
            return _c(n);
          }, r);
      }),
      (kk = async (t, e) => (
        process.env[wc] && (e.headers = { ...e.headers, Authorization: process.env[wc] }),
        (await zr({ ...e, timeout: t })).toString()
      )),
      (Mk = '169.254.170.2'),
      (Lk = new Set(['localhost', '127.0.0.1'])),
      (Uk = new Set(['http:', 'https:'])),
      ($k = async ({ logger: t }) => {
        if (process.env[ms]) return { hostname: Mk, path: process.env[ms] };
        if (process.env[nn]) {
          let e;
          try {
            e = new URL(process.env[nn]);
          } catch {
            throw new x(`${process.env[nn]} is not a valid container metadata service URL`, {
              tryNextLink: !1,
              logger: t,
            });
          }
          if (!e.hostname || !Lk.has(e.hostname))
            throw new x(`${e.hostname} is not a valid container metadata service hostname`, {
              tryNextLink: !1,
              logger: t,
            });
          if (!e.protocol || !Uk.has(e.protocol))
            throw new x(`${e.protocol} is not a valid container metadata service protocol`, {
              tryNextLink: !1,
              logger: t,
            });
          return {
            protocol: e.protocol,
            hostname: e.hostname,
            path: e.pathname + e.search,
            port: e.port ? parseInt(e.port, 10) : void 0,
          };
        }
        throw new x(
          `The container metadata credential provider cannot be used unless the ${ms} or ${nn} environment variable is set`,
          { tryNextLink: !1, logger: t },
        );
      });
  });
var Ac,
  KI = p(() => {
    D();
    Ac = class t extends x {
      tryNextLink;
      name = 'InstanceMetadataV1FallbackError';
      constructor(e, r = !0) {
        super(e, r), (this.tryNextLink = r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var yo,
  vu = p(() => {
    ((t) => {
      (t.IPv4 = 'http://169.254.169.254'), (t.IPv6 = 'http://[fd00:ec2::254]');
    })(yo || (yo = {}));
  });
var Bk,
  Fk,
  qI,
  XI = p(() => {
    (Bk = 'AWS_EC2_METADATA_SERVICE_ENDPOINT'),
      (Fk = 'ec2_metadata_service_endpoint'),
      (qI = { environmentVariableSelector: (t) => t[Bk], configFileSelector: (t) => t[Fk], default: void 0 });
  });
var jr,
  Ou = p(() => {
    ((t) => {
      (t.IPv4 = 'IPv4'), (t.IPv6 = 'IPv6');
    })(jr || (jr = {}));
  });
var Hk,
  Gk,
  JI,
  YI = p(() => {
    Ou();
    (Hk = 'AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE'),
      (Gk = 'ec2_metadata_service_endpoint_mode'),
      (JI = {
        environmentVariableSelector: (t) => t[Hk],
        configFileSelector: (t) => t[Gk],
        default: jr.IPv4,
      });
  });
var bc,
  Vk,
  zk,
  Du = p(() => {
    D();
    N();
    vu();
    XI();
    Ou();
    YI();
    (bc = async () => fe((await Vk()) || (await zk()))),
      (Vk = async () => T(qI)()),
      (zk = async () => {
        const t = await T(JI)();
        switch (t) {
          case jr.IPv4:
            return yo.IPv4;
          case jr.IPv6:
            return yo.IPv6;
          default:
            throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(jr)}`);
        }
      });
  });
var jk,
  Pu,
  QI = p(() => {
    (jk = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html'),
      (Pu = (t, e) => {
        const r = 300 + Math.floor(Math.random() * 300),
          o = new Date(Date.now() + r * 1e3);
        e.warn(
          `Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(o)}.
For more information, please visit: ` + jk,
        );
        const n = t.originalExpiration ?? t.expiration;
        return { ...t, ...(n ? { originalExpiration: n } : {}), expiration: o };
      });
  });
var ZI,
  eT = p(() => {
    QI();
    ZI = (t, e = {}) => {
      let r = e?.logger || console,
        o;
      return async () => {
        let n;
        try {
          (n = await t()), n.expiration && n.expiration.getTime() < Date.now() && (n = Pu(n, r));
        } catch (s) {
          if (o) r.warn('Credential renew failed: ', s), (n = Pu(o, r));
          else throw s;
        }
        return ((o = n), n);
      };
    };
  });
var oT,
  Wk,
  Nu,
  tT,
  rT,
  nT,
  Kk,
  qk,
  Xk,
  Jk,
  sT = p(() => {
    D();
    KI();
    Cu();
    Ic();
    Tc();
    Ru();
    Du();
    eT();
    (oT = '/latest/meta-data/iam/security-credentials/'),
      (Wk = '/latest/api/token'),
      (Nu = 'AWS_EC2_METADATA_V1_DISABLED'),
      (tT = 'ec2_metadata_v1_disabled'),
      (rT = 'x-aws-ec2-metadata-token'),
      (nT = (t = {}) => ZI(Kk(t), { logger: t.logger })),
      (Kk = (t = {}) => {
        let e = !1,
          { logger: r, profile: o } = t,
          { timeout: n, maxRetries: s } = on(t),
          i = async (a, c) => {
            if (e || c.headers?.[rT] == null) {
              let u = !1,
                m = !1,
                f = await T(
                  {
                    environmentVariableSelector: (h) => {
                      const S = h[Nu];
                      if (((m = !!S && S !== 'false'), S === void 0))
                        throw new x(`${Nu} not set in env, checking config file next.`, { logger: t.logger });
                      return m;
                    },
                    configFileSelector: (h) => {
                      const S = h[tT];
                      return ((u = !!S && S !== 'false'), u);
                    },
                    default: !1,
                  },
                  { profile: o },
                )();
              if (t.ec2MetadataV1Disabled || f) {
                const h = [];
                throw (
                  t.ec2MetadataV1Disabled &&
                    h.push('credential provider initialization (runtime option ec2MetadataV1Disabled)'),
                  u && h.push(`config file profile (${tT})`),
                  m && h.push(`process environment variable (${Nu})`),
                  new Ac(
                    `AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${h.join(', ')}].`,
                  )
                );
              }
            }
            const d = (
              await us(async () => {
                let u;
                try {
                  u = await Xk(c);
                } catch (m) {
                  throw (m.statusCode === 401 && (e = !1), m);
                }
                return u;
              }, a)
            ).trim();
            return us(async () => {
              let u;
              try {
                u = await Jk(d, c, t);
              } catch (m) {
                throw (m.statusCode === 401 && (e = !1), m);
              }
              return u;
            }, a);
          };
        return async () => {
          const a = await bc();
          if (e)
            return (
              r?.debug('AWS SDK Instance Metadata', 'using v1 fallback (no token fetch)'),
              i(s, { ...a, timeout: n })
            );
          {
            let c;
            try {
              c = (await qk({ ...a, timeout: n })).toString();
            } catch (l) {
              if (l?.statusCode === 400)
                throw Object.assign(l, { message: 'EC2 Metadata token request returned error' });
              return (
                (l.message === 'TimeoutError' || [403, 404, 405].includes(l.statusCode)) && (e = !0),
                r?.debug('AWS SDK Instance Metadata', 'using v1 fallback (initial)'),
                i(s, { ...a, timeout: n })
              );
            }
            return i(s, { ...a, headers: { [rT]: c }, timeout: n });
          }
        };
      }),
      (qk = async (t) =>
        zr({ ...t, path: Wk, method: 'PUT', headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' } })),
      (Xk = async (t) => (await zr({ ...t, path: oT })).toString()),
      (Jk = async (t, e, r) => {
        const o = JSON.parse((await zr({ ...e, path: oT + t })).toString());
        if (!xc(o))
          throw new x('Invalid response received from instance metadata service.', { logger: r.logger });
        return _c(o);
      });
  });
var Cc = {};
Ye(Cc, {
  DEFAULT_MAX_RETRIES: () => GI,
  DEFAULT_TIMEOUT: () => HI,
  ENV_CMDS_AUTH_TOKEN: () => wc,
  ENV_CMDS_FULL_URI: () => nn,
  ENV_CMDS_RELATIVE_URI: () => ms,
  Endpoint: () => yo,
  fromContainerMetadata: () => jI,
  fromInstanceMetadata: () => nT,
  getInstanceMetadataEndpoint: () => bc,
  httpRequest: () => zr,
  providerConfigFromInit: () => on,
});
var Rc = p(() => {
  WI();
  sT();
  Ic();
  Tc();
  Du();
  vu();
});
function ku(t) {
  const e = t && typeof t == 'object' && 'reason' in t ? t.reason : void 0;
  if (e) {
    if (e instanceof Error) {
      const n = new Error('Request aborted');
      return ((n.name = 'AbortError'), (n.cause = e), n);
    }
    const o = new Error(String(e));
    return ((o.name = 'AbortError'), o);
  }
  const r = new Error('Request aborted');
  return ((r.name = 'AbortError'), r);
}
var iT = p(() => {});
var aT,
  cT = p(() => {
    aT = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT'];
  });
var pT,
  lT = p(() => {
    R();
    pT = (t) => {
      const e = {};
      for (const r in t) {
        if (!A(t, r)) continue;
        const o = t[r];
        e[r] = Array.isArray(o) ? o.join(',') : o;
      }
      return e;
    };
  });
import fs from 'node:https';
var dT = p(() => {});
var oe,
  Eo = p(() => {
    oe = { setTimeout: (t, e) => setTimeout(t, e), clearTimeout: (t) => clearTimeout(t) };
  });
var uT,
  mT,
  fT = p(() => {
    Eo();
    (uT = 1e3),
      (mT = (t, e, r = 0) => {
        if (!r) return -1;
        const o = (n) => {
          const s = oe.setTimeout(() => {
              t.destroy(),
                e(
                  Object.assign(
                    new Error(
                      `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`,
                    ),
                    { name: 'TimeoutError' },
                  ),
                );
            }, r - n),
            i = (a) => {
              a?.connecting
                ? a.on('connect', () => {
                    oe.clearTimeout(s);
                  })
                : oe.clearTimeout(s);
            };
          t.socket ? i(t.socket) : t.on('socket', i);
        };
        return r < 2e3 ? (o(0), 0) : oe.setTimeout(o.bind(null, uT), uT);
      });
  });
var hT,
  gT = p(() => {
    Eo();
    hT = (t, e, r = 0, o, n) =>
      r
        ? oe.setTimeout(() => {
            let s = `@smithy/node-http-handler - [${o ? 'ERROR' : 'WARN'}] a request has exceeded the configured ${r} ms requestTimeout.`;
            if (o) {
              const i = Object.assign(new Error(s), { name: 'TimeoutError', code: 'ETIMEDOUT' });
              t.destroy(i), e(i);
            } else
              (s +=
                ' Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.'),
                n?.warn?.(s);
          }, r)
        : -1;
  });
var Yk,
  ST,
  yT = p(() => {
    Eo();
    (Yk = 3e3),
      (ST = (t, { keepAlive: e, keepAliveMsecs: r }, o = Yk) => {
        if (e !== !0) return -1;
        const n = () => {
          t.socket
            ? t.socket.setKeepAlive(e, r || 0)
            : t.on('socket', (s) => {
                s.setKeepAlive(e, r || 0);
              });
        };
        return o === 0 ? (n(), 0) : oe.setTimeout(n, o);
      });
  });
var vc,
  ET = p(() => {
    vc = (t) => {
      const e = t?.defaultSocketTimeout;
      return typeof e == 'number' && Number.isFinite(e) && e > 0 ? e : void 0;
    };
  });
var Qk,
  Mu,
  xT = p(() => {
    Eo();
    (Qk = 3e3),
      (Mu = (t, e, r = 0, o = !1) => {
        if (!Number.isFinite(r) || r <= 0) return;
        let n;
        t.once('response', (c) => (n = c));
        const s = () => {
            if (n?.complete) {
              t.socket?.destroy();
              return;
            }
            const c = Object.assign(
              new Error(
                `@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o ? 'service default socket timeout' : 'configured by client requestHandler'}).`,
              ),
              { name: 'TimeoutError' },
            );
            n?.destroy(c), t.destroy(), e(c);
          },
          i = () => {
            const { socket: c } = t;
            c
              ? c.connecting
                ? c.once('connect', i)
                : (c.setTimeout(r, s), t.on('close', () => c.removeListener('timeout', s)))
              : t.once('socket', i);
          };
        if (r < 6e3) {
          i();
          return;
        }
        const a = oe.setTimeout(i, Qk);
        t.once('close', () => oe.clearTimeout(a));
      });
  });
import { Readable as Zk } from 'node:stream';
async function IT(t, e, r = _T, o = !1) {
  let n = e.headers,
    s = n ? n.Expect || n.expect : void 0,
    i = -1,
    a = !0;
  !o &&
    s === '100-continue' &&
    (a = await Promise.race([
      new Promise((c) => {
        i = Number(oe.setTimeout(() => c(!0), Math.max(_T, r)));
      }),
      new Promise((c) => {
        t.on('continue', () => {
          oe.clearTimeout(i), c(!0);
        }),
          t.on('response', () => {
            oe.clearTimeout(i), c(!1);
          }),
          t.on('error', () => {
            oe.clearTimeout(i), c(!1);
          });
      }),
    ])),
    a && e1(t, e.body);
}
function e1(t, e) {
  if (e instanceof Zk) {
    e.pipe(t);
    return;
  }
  if (e) {
    const r = Buffer.isBuffer(e);
    if (r || typeof e == 'string') {
      r && e.byteLength === 0 ? t.end() : t.end(e);
      return;
    }
    const n = e;
    if (
      typeof n == 'object' &&
      n.buffer &&
      typeof n.byteOffset == 'number' &&
      typeof n.byteLength == 'number'
    ) {
      t.end(Buffer.from(n.buffer, n.byteOffset, n.byteLength));
      return;
    }
    t.end(Buffer.from(e));
    return;
  }
  t.end();
}
var _T,
  TT = p(() => {
    Eo();
    _T = 6e3;
  });
var Oc,
  wT,
  Fe,
  AT = p(() => {
    R();
    N();
    iT();
    cT();
    lT();
    dT();
    fT();
    gT();
    yT();
    ET();
    xT();
    Eo();
    TT();
    Fe = class t {
      config;
      configProvider;
      socketWarningTimestamp = 0;
      externalAgent = !1;
      metadata = { handlerProtocol: 'http/1.1' };
      static create(e) {
        return typeof e?.handle == 'function' ? e : new t(e);
      }
      static checkSocketUsage(e, r, o = console) {
        const { sockets: n, requests: s, maxSockets: i } = e;
        if (typeof i != 'number' || i === 1 / 0 || Date.now() - 15e3 < r) return r;
        if (n && s)
          for (const c in n) {
            if (!A(n, c)) continue;
            const l = n[c]?.length ?? 0,
              d = s[c]?.length ?? 0;
            if (l >= i && d >= 2 * i)
              return (
                o?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),
                Date.now()
              );
          }
        return r;
      }
      constructor(e) {
        this.configProvider = new Promise((r, o) => {
          typeof e == 'function'
            ? e()
                .then((n) => {
                  r(this.resolveDefaultConfig(n));
                })
                .catch(o)
            : r(this.resolveDefaultConfig(e));
        });
      }
      destroy() {
        this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy();
      }
      async handle(e, { abortSignal: r, requestTimeout: o } = {}) {
        this.config || (this.config = await this.configProvider);
        const n = this.config,
          s = n.logger,
          i = e.protocol === 'https:';
        return (
          !i && !this.config.httpAgent && (this.config.httpAgent = await this.config.httpAgentProvider()),
          new Promise((a, c) => {
            let l,
              d = -1,
              u = -1,
              m = -1,
              f = -1,
              h = () => {
                oe.clearTimeout(d), oe.clearTimeout(u), oe.clearTimeout(m), oe.clearTimeout(f);
              },
              S = async (H) => {
                await l, h(), a(H);
              },
              g = async (H) => {
                await l, h(), c(H);
              };
            if (r?.aborted) {
              const H = ku(r);
              g(H);
              return;
            }
            let y = e.headers,
              E = y ? (y.Expect ?? y.expect) === '100-continue' : !1,
              I = i ? n.httpsAgent : n.httpAgent;
            E && !this.externalAgent && (I = new (i ? fs.Agent : Oc)({ keepAlive: !1, maxSockets: 1 / 0 })),
              (d = oe.setTimeout(
                () => {
                  this.socketWarningTimestamp = t.checkSocketUsage(I, this.socketWarningTimestamp, s);
                },
                n.socketAcquisitionWarningTimeout ?? (n.requestTimeout ?? 2e3) + (n.connectionTimeout ?? 1e3),
              ));
            let w = e.query ? hd(e.query) : '',
              v;
            if (e.username != null || e.password != null) {
              const H = e.username ?? '',
                xt = e.password ?? '';
              v = `${H}:${xt}`;
            }
            let z = e.path;
            w && (z += `?${w}`), e.fragment && (z += `#${e.fragment}`);
            let q = e.hostname ?? '';
            q[0] === '[' && q.endsWith(']') ? (q = e.hostname.slice(1, -1)) : (q = e.hostname);
            const ct = {
                headers: e.headers,
                host: q,
                method: e.method,
                path: z,
                port: e.port,
                agent: I,
                auth: v,
              },
              ne = (i ? fs.request : wT)(ct, (H) => {
                const xt = new Pe({
                  statusCode: H.statusCode || -1,
                  reason: H.statusMessage,
                  headers: pT(H.headers),
                  body: H,
                });
                S({ response: xt });
              });
            if (
              (ne.on('error', (H) => {
                aT.includes(H.code) ? g(Object.assign(H, { name: 'TimeoutError' })) : g(H);
              }),
              r)
            ) {
              const H = () => {
                ne.destroy();
                const xt = ku(r);
                g(xt);
              };
              if (typeof r.addEventListener == 'function') {
                const xt = r;
                xt.addEventListener('abort', H, { once: !0 }),
                  ne.once('close', () => xt.removeEventListener('abort', H));
              } else r.onabort = H;
            }
            const ye = o ?? n.requestTimeout;
            (u = mT(ne, g, n.connectionTimeout)), (m = hT(ne, g, ye, n.throwOnRequestTimeout, s ?? console));
            const Ve = n.socketTimeout === void 0 ? vc(n) : void 0;
            Ve ? Mu(ne, g, Ve, !0) : Mu(ne, g, n.socketTimeout);
            const De = ct.agent;
            typeof De == 'object' &&
              'keepAlive' in De &&
              (f = ST(ne, { keepAlive: De.keepAlive, keepAliveMsecs: De.keepAliveMsecs })),
              (l = IT(ne, e, ye, this.externalAgent).catch((H) => (h(), c(H))));
          })
        );
      }
      updateHttpClientConfig(e, r) {
        (this.config = void 0),
          (this.configProvider = this.configProvider.then((o) => {
            switch (e) {
              case Symbol.for('logger'):
                (e = 'logger'), (r = o.logger ?? r);
                break;
              case Symbol.for('@smithy/defaultSocketTimeout'):
                (e = 'defaultSocketTimeout'), (r = vc(o) ?? r);
                break;
            }
            return { ...o, [e]: r };
          }));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
      resolveDefaultConfig(e) {
        let {
            requestTimeout: r,
            connectionTimeout: o,
            socketTimeout: n,
            socketAcquisitionWarningTimeout: s,
            httpAgent: i,
            httpsAgent: a,
            throwOnRequestTimeout: c,
            logger: l,
          } = e || {},
          d = !0,
          u = 50,
          m;
        return {
          connectionTimeout: o,
          requestTimeout: r,
          socketTimeout: n,
          defaultSocketTimeout: vc(e),
          socketAcquisitionWarningTimeout: s,
          throwOnRequestTimeout: c,
          httpAgentProvider: () =>
            (m ??= (async () => {
              const f = await import('node:http'),
                { Agent: h, request: S } = f.default ?? f;
              return (
                (wT = S),
                (Oc = h),
                i instanceof Oc || typeof i?.destroy == 'function'
                  ? ((this.externalAgent = !0), i)
                  : new Oc({ keepAlive: d, maxSockets: u, ...i })
              );
            })()),
          httpsAgent:
            a instanceof fs.Agent || typeof a?.destroy == 'function'
              ? ((this.externalAgent = !0), a)
              : new fs.Agent({ keepAlive: d, maxSockets: u, ...a }),
          logger: l,
        };
      }
    };
  });
var xo = p(() => {
  AT();
  R();
});
var t1,
  r1,
  o1,
  bT,
  CT = p(() => {
    D();
    (t1 = '169.254.170.2'),
      (r1 = '169.254.170.23'),
      (o1 = '[fd00:ec2::23]'),
      (bT = (t, e) => {
        if (t.protocol !== 'https:' && !(t.hostname === t1 || t.hostname === r1 || t.hostname === o1)) {
          if (t.hostname.includes('[')) {
            if (t.hostname === '[::1]' || t.hostname === '[0000:0000:0000:0000:0000:0000:0000:0001]') return;
          } else {
            if (t.hostname === 'localhost') return;
            const r = t.hostname.split('.'),
              o = (n) => {
                const s = parseInt(n, 10);
                return 0 <= s && s <= 255;
              };
            if (r[0] === '127' && o(r[1]) && o(r[2]) && o(r[3]) && r.length === 4) return;
          }
          throw new x(
            `URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,
            { logger: e },
          );
        }
      });
  });
function RT(t) {
  return new B({
    protocol: t.protocol,
    hostname: t.hostname,
    port: Number(t.port),
    path: t.pathname,
    query: Array.from(t.searchParams.entries()).reduce((e, [r, o]) => ((e[r] = o), e), {}),
    fragment: t.hash,
  });
}
async function vT(t, e) {
  const o = await Gn(t.body).transformToString();
  if (t.statusCode === 200) {
    const n = JSON.parse(o);
    if (
      typeof n.AccessKeyId != 'string' ||
      typeof n.SecretAccessKey != 'string' ||
      typeof n.Token != 'string' ||
      typeof n.Expiration != 'string'
    )
      throw new x(
        'HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }',
        { logger: e },
      );
    return {
      accessKeyId: n.AccessKeyId,
      secretAccessKey: n.SecretAccessKey,
      sessionToken: n.Token,
      expiration: Wp(n.Expiration),
    };
  }
  if (t.statusCode >= 400 && t.statusCode < 500) {
    let n = {};
    try {
      n = JSON.parse(o);
    } catch {}
    throw Object.assign(new x(`Server responded with status: ${t.statusCode}`, { logger: e }), {
      Code: n.Code,
      Message: n.Message,
    });
  }
  throw new x(`Server responded with status: ${t.statusCode}`, { logger: e });
}
var OT = p(() => {
  D();
  N();
  R();
  R();
});
var DT,
  PT = p(() => {
    DT = (t, e, r) => async () => {
      for (let o = 0; o < e; ++o)
        try {
          return await t();
        } catch {
          await new Promise((s) => setTimeout(s, r));
        }
      return await t();
    };
  });
import n1 from 'node:fs/promises';
var s1,
  i1,
  a1,
  c1,
  p1,
  kT,
  NT,
  MT = p(() => {
    k();
    D();
    xo();
    CT();
    OT();
    PT();
    (s1 = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'),
      (i1 = 'http://169.254.170.2'),
      (a1 = 'AWS_CONTAINER_CREDENTIALS_FULL_URI'),
      (c1 = 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE'),
      (p1 = 'AWS_CONTAINER_AUTHORIZATION_TOKEN'),
      (kT = (t = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-http - fromHttp');
        let e,
          r = t.awsContainerCredentialsRelativeUri ?? process.env[s1],
          o = t.awsContainerCredentialsFullUri ?? process.env[a1],
          n = t.awsContainerAuthorizationToken ?? process.env[p1],
          s = t.awsContainerAuthorizationTokenFile ?? process.env[c1],
          i =
            t.logger?.constructor?.name === 'NoOpLogger' || !t.logger?.warn
              ? console.warn
              : t.logger.warn.bind(t.logger);
        if (
          (r &&
            o &&
            (i(
              '@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri.',
            ),
            i('awsContainerCredentialsRelativeUri will take precedence.')),
          n &&
            s &&
            (i(
              '@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile.',
            ),
            i('awsContainerAuthorizationTokenFile will take precedence.')),
          r)
        )
          e = `${i1}${r}`;
        else if (o) e = o;
        else
          throw new x(
            `No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,
            { logger: t.logger },
          );
        const a = new URL(e);
        bT(a, t.logger);
        const c = Fe.create({ connectionTimeout: t.timeout ?? 1e3 }),
          l = t.timeout ?? 1e3,
          d = DT(
            async () => {
              const u = RT(a);
              s
                ? (u.headers.Authorization = NT((await n1.readFile(s)).toString()))
                : n && (u.headers.Authorization = NT(n));
              try {
                const m = await c.handle(u, { requestTimeout: l });
                return vT(m.response).then((f) => M(f, 'CREDENTIALS_HTTP', 'z'));
              } catch (m) {
                throw new x(String(m), { logger: t.logger });
              }
            },
            t.maxRetries ?? 3,
            t.timeout ?? 1e3,
          );
        return async () => {
          try {
            return await d();
          } finally {
            c.destroy?.();
          }
        };
      }),
      (NT = (t) => {
        if (
          t.includes(`\r
`)
        )
          throw new x('Authorization token contains invalid \\r\\n sequence.');
        return t;
      });
  });
var Lu = {};
Ye(Lu, { fromHttp: () => kT });
var Uu = p(() => {
  MT();
});
var Dc,
  $u = p(() => {
    Dc = (t) =>
      t &&
      (typeof t.sso_start_url == 'string' ||
        typeof t.sso_account_id == 'string' ||
        typeof t.sso_session == 'string' ||
        typeof t.sso_region == 'string' ||
        typeof t.sso_role_name == 'string');
  });
var sn,
  Pc = p(() => {
    sn = "To refresh this SSO session run 'aws sso login' with the corresponding profile.";
  });
function d1(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'sso-oauth', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function u1(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var BT,
  FT,
  HT,
  Bu = p(() => {
    Re();
    b();
    BT = async (t, e, r) => ({
      operation: ee(e).operation,
      region:
        (await W(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (FT = (t) => {
      const e = [];
      return (t.operation === 'CreateToken' ? e.push(u1(t)) : e.push(d1(t)), e);
    }),
      (HT = (t) => {
        const e = gr(t);
        return Object.assign(e, { authSchemePreference: W(t.authSchemePreference ?? []) });
      });
  });
var GT,
  VT,
  Fu = p(() => {
    (GT = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'sso-oauth',
      })),
      (VT = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var Wr,
  hs = p(() => {
    Wr = {
      name: '@aws-sdk/nested-clients',
      version: '3.998.3',
      description: 'Nested clients for AWS SDK packages.',
      homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/packages/nested-clients',
      license: 'Apache-2.0',
      author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
      repository: {
        type: 'git',
        url: 'https://github.com/aws/aws-sdk-js-v3.git',
        directory: 'packages/nested-clients',
      },
      files: [
        './cognito-identity.d.ts',
        './cognito-identity.js',
        './signin.d.ts',
        './signin.js',
        './sso-oidc.d.ts',
        './sso-oidc.js',
        './sso.d.ts',
        './sso.js',
        './sts.d.ts',
        './sts.js',
        'dist-*/**',
      ],
      sideEffects: !1,
      main: './dist-cjs/index.js',
      module: './dist-es/index.js',
      browser: {
        './dist-es/submodules/cognito-identity/runtimeConfig':
          './dist-es/submodules/cognito-identity/runtimeConfig.browser',
        './dist-es/submodules/signin/runtimeConfig': './dist-es/submodules/signin/runtimeConfig.browser',
        './dist-es/submodules/sso-oidc/runtimeConfig': './dist-es/submodules/sso-oidc/runtimeConfig.browser',
        './dist-es/submodules/sso/runtimeConfig': './dist-es/submodules/sso/runtimeConfig.browser',
        './dist-es/submodules/sts/runtimeConfig': './dist-es/submodules/sts/runtimeConfig.browser',
      },
      types: './dist-types/index.d.ts',
      typesVersions: {
        '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'], '*': ['dist-types/ts3.4/submodules/*/index.d.ts'] },
      },
      'react-native': {},
      exports: {
        './package.json': './package.json',
        './sso-oidc': {
          types: './dist-types/submodules/sso-oidc/index.d.ts',
          module: './dist-es/submodules/sso-oidc/index.js',
          node: './dist-cjs/submodules/sso-oidc/index.js',
          import: './dist-es/submodules/sso-oidc/index.js',
          require: './dist-cjs/submodules/sso-oidc/index.js',
        },
        './sts': {
          types: './dist-types/submodules/sts/index.d.ts',
          module: './dist-es/submodules/sts/index.js',
          node: './dist-cjs/submodules/sts/index.js',
          import: './dist-es/submodules/sts/index.js',
          require: './dist-cjs/submodules/sts/index.js',
        },
        './signin': {
          types: './dist-types/submodules/signin/index.d.ts',
          module: './dist-es/submodules/signin/index.js',
          node: './dist-cjs/submodules/signin/index.js',
          import: './dist-es/submodules/signin/index.js',
          require: './dist-cjs/submodules/signin/index.js',
        },
        './cognito-identity': {
          types: './dist-types/submodules/cognito-identity/index.d.ts',
          module: './dist-es/submodules/cognito-identity/index.js',
          node: './dist-cjs/submodules/cognito-identity/index.js',
          import: './dist-es/submodules/cognito-identity/index.js',
          require: './dist-cjs/submodules/cognito-identity/index.js',
        },
        './sso': {
          types: './dist-types/submodules/sso/index.d.ts',
          module: './dist-es/submodules/sso/index.js',
          node: './dist-cjs/submodules/sso/index.js',
          import: './dist-es/submodules/sso/index.js',
          require: './dist-cjs/submodules/sso/index.js',
        },
      },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        'build:cjs': 'node ../../scripts/compilation/inline',
        'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
        'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
        'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
        'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
        clean: 'premove dist-cjs dist-es dist-types',
        lint: 'node ../../scripts/validation/submodules-linter.js',
        prebuild: 'yarn lint',
        test: 'yarn g:vitest run',
        'test:watch': 'yarn g:vitest watch',
      },
      dependencies: {
        '@aws-sdk/core': '^3.981.0',
        '@aws-sdk/signature-v4-multi-region': '^3.996.52',
        '@aws-sdk/types': '^3.975.1',
        '@smithy/core': '^3.40.0',
        '@smithy/fetch-http-handler': '^5.8.1',
        '@smithy/node-http-handler': '^4.14.2',
        '@smithy/types': '^4.20.0',
        tslib: '^2.6.2',
      },
      devDependencies: {
        concurrently: '7.0.0',
        'downlevel-dts': '0.10.1',
        premove: '4.0.0',
        typescript: '~7.0.2',
      },
      engines: { node: '>=20.0.0' },
    };
  });
var Kr,
  Nc = p(() => {
    b();
    K();
    Kr = class {
      queryCompat;
      errorRegistry;
      constructor(e = !1) {
        this.queryCompat = e;
      }
      resolveRestContentType(e, r) {
        const o = r.getMemberSchemas(),
          n = Object.values(o).find((s) => !!s.getMergedTraits().httpPayload);
        if (n) {
          const s = n.getMergedTraits().mediaType;
          return s || (n.isStringSchema() ? 'text/plain' : n.isBlobSchema() ? 'application/octet-stream' : e);
        } else if (
          !r.isUnitSchema() &&
          Object.values(o).find((i) => {
            const {
              httpQuery: a,
              httpQueryParams: c,
              httpHeader: l,
              httpLabel: d,
              httpPrefixHeaders: u,
            } = i.getMergedTraits();
            return !a && !c && !l && !d && u === void 0;
          })
        )
          return e;
      }
      async getErrorSchemaOrThrowBaseException(e, r, o, n, s, i) {
        let a = e;
        e.includes('#') && ([, a] = e.split('#'));
        const c = { $metadata: s, $fault: o.statusCode < 500 ? 'client' : 'server' };
        if (!this.errorRegistry) throw new Error('@aws-sdk/core/protocols - error handler not initialized.');
        try {
          return {
            errorSchema: i?.(this.errorRegistry, a) ?? this.errorRegistry.getSchema(e),
            errorMetadata: c,
          };
        } catch {
          n.message = n.message ?? n.Message ?? 'UnknownError';
          const d = this.errorRegistry,
            u = d.getBaseException();
          if (u) {
            const h = d.getErrorCtor(u) ?? Error;
            throw this.decorateServiceException(Object.assign(new h({ name: a }), c), n);
          }
          const m = n,
            f = m?.message ?? m?.Message ?? m?.Error?.Message ?? m?.Error?.message;
          throw this.decorateServiceException(Object.assign(new Error(f), { name: a }, c), n);
        }
      }
      compose(e, r, o) {
        let n = o;
        r.includes('#') && ([n] = r.split('#'));
        const s = X.for(n),
          i = X.for('smithy.ts.sdk.synthetic.' + o);
        e.copyFrom(s), e.copyFrom(i), (this.errorRegistry = e);
      }
      decorateServiceException(e, r = {}) {
        if (this.queryCompat) {
          const o = e.Message ?? r.Message,
            n = mi(e, r);
          o && (n.message = o);
          const s = n.Error ?? {};
          (s.Type = n.Error?.Type),
            (s.Code = n.Error?.Code),
            (s.Message = n.Error?.message ?? n.Error?.Message ?? o),
            (n.Error = s);
          const i = n.$metadata.requestId;
          return (i && (n.RequestId = i), n);
        }
        return mi(e, r);
      }
      setQueryCompatError(e, r) {
        const o = r.headers?.['x-amzn-query-error'];
        if (e !== void 0 && o != null) {
          const [n, s] = o.split(';'),
            i = Object.keys(e),
            a = { Code: n, Type: s };
          (e.Code = n), (e.Type = s);
          for (let c = 0; c < i.length; c++) {
            const l = i[c];
            a[l === 'message' ? 'Message' : l] = e[l];
          }
          delete a.__type, (e.Error = a);
        }
      }
      queryCompatOutput(e, r) {
        e.Error && (r.Error = e.Error), e.Type && (r.Type = e.Type), e.Code && (r.Code = e.Code);
      }
      findQueryCompatibleError(e, r) {
        try {
          return e.getSchema(r);
        } catch {
          return e.find((n) => O.of(n).getMergedTraits().awsQueryError?.[0] === r);
        }
      }
    };
  });
var kc,
  zT = p(() => {
    N();
    K();
    Nc();
    kc = class extends mo {
      serializer;
      deserializer;
      serviceTarget;
      codec;
      mixin;
      awsQueryCompatible;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: o,
        awsQueryCompatible: n,
        jsonCodec: s,
      }) {
        super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.serviceTarget = o),
          (this.codec = s ?? new mr({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 })),
          (this.serializer = this.codec.createSerializer()),
          (this.deserializer = this.codec.createDeserializer()),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new Kr(this.awsQueryCompatible));
      }
      async serializeRequest(e, r, o) {
        const n = await super.serializeRequest(e, r, o);
        return (
          n.path.endsWith('/') || (n.path += '/'),
          (n.headers['content-type'] = `application/x-amz-json-${this.getJsonRpcVersion()}`),
          (n.headers['x-amz-target'] = `${this.serviceTarget}.${e.name}`),
          this.awsQueryCompatible && (n.headers['x-amzn-query-mode'] = 'true'),
          (Er(e.input) === 'unit' || !n.body) && (n.body = '{}'),
          n
        );
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(e, r, o, n, s) {
        const { awsQueryCompatible: i } = this;
        i && this.mixin.setQueryCompatError(n, o);
        const a = na(o, n, i) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, a, this.options.defaultNamespace);
        const { errorSchema: c, errorMetadata: l } = await this.mixin.getErrorSchemaOrThrowBaseException(
            a,
            this.options.defaultNamespace,
            o,
            n,
            s,
            i ? this.mixin.findQueryCompatibleError : void 0,
          ),
          d = O.of(c),
          u = n.message ?? n.Message ?? 'UnknownError',
          m = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
          f = new m({}),
          h = {},
          S = this.codec.createDeserializer();
        for (const [g, y] of d.structIterator()) n[g] != null && (h[g] = S.readObject(y, n[g]));
        throw (
          i && this.mixin.queryCompatOutput(n, h),
          this.mixin.decorateServiceException(
            Object.assign(f, l, { $fault: d.getMergedTraits().error, message: u }, h),
            n,
          )
        );
      }
    };
  });
var gs,
  jT = p(() => {
    zT();
    gs = class extends kc {
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: o,
        awsQueryCompatible: n,
        jsonCodec: s,
      }) {
        super({
          defaultNamespace: e,
          errorTypeRegistries: r,
          serviceTarget: o,
          awsQueryCompatible: n,
          jsonCodec: s,
        });
      }
      getShapeId() {
        return 'aws.protocols#awsJson1_0';
      }
      getJsonRpcVersion() {
        return '1.0';
      }
      getDefaultContentType() {
        return 'application/x-amz-json-1.0';
      }
    };
  });
var Ar,
  WT = p(() => {
    N();
    K();
    Nc();
    Ar = class extends Wn {
      serializer;
      deserializer;
      codec;
      mixin = new Kr();
      constructor({ defaultNamespace: e, errorTypeRegistries: r, jsonCodec: o }) {
        super({ defaultNamespace: e, errorTypeRegistries: r });
        const n = { timestampFormat: { useTrait: !0, default: 7 }, httpBindings: !0, jsonName: !0 };
        (this.codec = o ?? new mr(n)),
          (this.serializer = new qn(this.codec.createSerializer(), n)),
          (this.deserializer = new Kn(this.codec.createDeserializer(), n));
      }
      getShapeId() {
        return 'aws.protocols#restJson1';
      }
      getPayloadCodec() {
        return this.codec;
      }
      setSerdeContext(e) {
        this.codec.setSerdeContext(e), super.setSerdeContext(e);
      }
      async serializeRequest(e, r, o) {
        const n = await super.serializeRequest(e, r, o),
          s = O.of(e.input);
        if (!n.headers['content-type']) {
          const i = this.mixin.resolveRestContentType(this.getDefaultContentType(), s);
          i && (n.headers['content-type'] = i);
        }
        return (
          n.body == null && n.headers['content-type'] === this.getDefaultContentType() && (n.body = '{}'), n
        );
      }
      async deserializeResponse(e, r, o) {
        const n = await super.deserializeResponse(e, r, o),
          s = O.of(e.output);
        for (const [i, a] of s.structIterator())
          a.getMemberTraits().httpPayload && !(i in n) && (n[i] = null);
        return n;
      }
      async handleError(e, r, o, n, s) {
        const i = oa(o, n) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const { errorSchema: a, errorMetadata: c } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            o,
            n,
            s,
          ),
          l = O.of(a),
          d = n.message ?? n.Message ?? 'UnknownError',
          u = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          m = new u({});
        await this.deserializeHttpMessage(a, r, o, n);
        const f = {},
          h = this.codec.createDeserializer();
        for (const [S, g] of l.structIterator()) {
          const y = g.getMergedTraits().jsonName ?? S;
          f[S] = h.readObject(g, n[y]);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(m, c, { $fault: l.getMergedTraits().error, message: d }, f),
          n,
        );
      }
      getDefaultContentType() {
        return 'application/json';
      }
    };
  });
function Hu(t) {
  Object.defineProperty(t, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
function Vu(t) {
  return new Gu(t).parse();
}
var Gu,
  KT = p(() => {
    Gu = class t {
      x;
      i = 0;
      z;
      constructor(e) {
        (this.x = e),
          (this.x = e.replace(
            /\r\n?/g,
            `
`,
          )),
          (this.z = this.x.length);
      }
      parse() {
        const { z: r } = this;
        for (; this.i < r && (this.trim(), !(this.i >= r)); )
          if (this.isNext('<?')) this.readTo('?>'), this.trim();
          else if (this.isNext('<!--')) this.readTo('-->'), this.trim();
          else if (this.isNext('<!DOCTYPE', !1)) this.skipDoctype(), this.trim();
          else if (this.x[this.i] === '<') {
            const o = this.parseTag();
            return { [o.tag]: o.value };
          } else throw new Error('@aws-sdk XML parse error: unexpected content.');
        throw new Error('@aws-sdk XML parse error: no root element.');
      }
      isNext(e, r = !0) {
        return r ? this.x.startsWith(e, this.i) : this.x.toLowerCase().startsWith(e.toLowerCase(), this.i);
      }
      readTo(e) {
        const o = this.x.indexOf(e, this.i);
        if (o === -1) throw new Error(`@aws-sdk XML parse error: expected "${e}" not found.`);
        const n = this.x.slice(this.i, o);
        return ((this.i = o + e.length), n);
      }
      trim() {
        for (
          ;
          this.i < this.z &&
          ` 	\r
`.includes(this.x[this.i]);
        )
          ++this.i;
      }
      readAttrValue() {
        const r = this.x[this.i];
        ++this.i;
        let o = '';
        for (; this.i < this.z && this.x[this.i] !== r; ) o += this.x[this.i++];
        return (++this.i, this.decodeEntities(o));
      }
      parseTag() {
        ++this.i;
        let r = '';
        for (
          ;
          this.i < this.z &&
          !` 	\r
>/`.includes(this.x[this.i]);
        )
          r += this.x[this.i++];
        let o = !1,
          n = {};
        for (; this.i < this.z && (this.trim(), !'>/'.includes(this.x[this.i])); ) {
          let d = '';
          for (
            ;
            this.i < this.z &&
            !`= 	\r
>/?`.includes(this.x[this.i]);
          )
            d += this.x[this.i++];
          if ((this.trim(), this.x[this.i] !== '=')) break;
          ++this.i, this.trim(), d === '__proto__' && Hu(n), (n[d] = this.readAttrValue()), (o = !0);
        }
        if (this.i >= this.z) throw new Error('@aws-sdk XML parse error: unexpected end of input.');
        if (this.x[this.i] === '/') {
          if ((++this.i, this.i >= this.z || this.x[this.i] !== '>'))
            throw new Error('@aws-sdk XML parse error: expected > at the end of self-closing tag.');
          return (++this.i, { tag: r, value: o ? n : '' });
        }
        if (this.x[this.i] !== '>')
          throw new Error('@aws-sdk XML parse error: expected > at the end of opening tag.');
        ++this.i;
        let s = [],
          i = [],
          a = !1;
        for (; this.i < this.z && !this.isNext('</'); )
          if (this.x[this.i] === '<')
            this.isNext('<!--')
              ? this.readTo('-->')
              : this.isNext('<![CDATA[')
                ? ((this.i += 9), s.push(this.readTo(']]>')))
                : this.isNext('<?')
                  ? this.readTo('?>')
                  : ((a = !0), i.push(this.parseTag()));
          else {
            let d = '';
            for (; this.i < this.z && this.x[this.i] !== '<'; ) d += this.x[this.i++];
            s.push(this.decodeEntities(d));
          }
        if (!this.isNext('</')) throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);
        this.i += 2;
        const c = this.readTo('>').trim();
        if (c !== r) throw new Error(`@aws-sdk XML parse error: mismatched tags <${r}> and </${c}>.`);
        if (!o && s.length === 0 && !a) return { tag: r, value: '' };
        if (!o && !a) {
          const d = s.length === 1 ? s[0] : s.join('');
          return d.trim() === '' &&
            d.includes(`
`)
            ? { tag: r, value: '' }
            : { tag: r, value: d };
        }
        const l = {};
        for (const d of s)
          (d.trim() === '' &&
            d.includes(`
`)) ||
            (l['#text'] = '#text' in l ? l['#text'] + d : d);
        for (const d of i)
          d.tag === '__proto__' && Hu(l),
            d.tag in l
              ? Array.isArray(l[d.tag])
                ? l[d.tag].push(d.value)
                : (l[d.tag] = [l[d.tag], d.value])
              : (l[d.tag] = d.value);
        for (const [d, u] of Object.entries(n)) d === '__proto__' && Hu(l), (l[d] = u);
        return { tag: r, value: l };
      }
      static ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      skipDoctype() {
        this.i += 9;
        let r = 0;
        for (; this.i < this.z; ) {
          const o = this.x[this.i];
          if (o === '[') ++r;
          else if (o === ']') --r;
          else if (o === '>' && r === 0) {
            ++this.i;
            return;
          }
          ++this.i;
        }
        throw new Error('@aws-sdk XML parse error: unclosed DOCTYPE.');
      }
      decodeEntities(e) {
        return e.replace(
          /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,
          (r, o, n, s) =>
            o
              ? String.fromCharCode(parseInt(o, 16))
              : n
                ? String.fromCharCode(parseInt(n, 10))
                : (t.ENTITIES[s] ?? ''),
        );
      }
    };
  });
var qT = p(() => {
  KT();
});
var an,
  zu = p(() => {
    an = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var Mc,
  XT = p(() => {
    Mc = class {
      from;
      to;
      keys;
      constructor(e, r) {
        (this.from = e), (this.to = r);
        const o = Object.keys(this.from),
          n = new Set(o);
        n.delete('__type'), (this.keys = n);
      }
      mark(e) {
        this.keys.delete(e);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const e = this.keys.values().next().value,
            r = this.from[e];
          this.to.$unknown = [e, r];
        }
      }
    };
  });
function JT(t) {
  Object.defineProperty(t, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var YT = p(() => {});
var Lc,
  QT = p(() => {
    qT();
    b();
    N();
    K();
    R();
    zu();
    XT();
    YT();
    Lc = class extends an {
      settings;
      stringDeserializer;
      constructor(e) {
        super(), (this.settings = e), (this.stringDeserializer = new fo(e));
      }
      setSerdeContext(e) {
        (this.serdeContext = e), this.stringDeserializer.setSerdeContext(e);
      }
      read(e, r, o) {
        const n = O.of(e),
          s = n.getMemberSchemas();
        if (
          n.isStructSchema() &&
          n.isMemberSchema() &&
          Object.values(s).find((l) => !!l.getMemberTraits().eventPayload)
        ) {
          const l = {},
            d = Object.keys(s)[0];
          return (s[d].isBlobSchema() ? (l[d] = r) : (l[d] = this.read(s[d], r)), l);
        }
        const a = (this.serdeContext?.utf8Encoder ?? J)(r),
          c = this.parseXml(a);
        return this.readSchema(e, o ? c[o] : c);
      }
      readSchema(e, r) {
        const o = O.of(e);
        if (o.isUnitSchema()) return;
        const n = o.getMergedTraits();
        if (o.isListSchema() && !Array.isArray(r)) return this.readSchema(o, [r]);
        if (r == null) return r;
        if (typeof r == 'object') {
          const s = !!n.xmlFlattened;
          if (o.isListSchema()) {
            const a = o.getValueSchema(),
              c = [],
              l = a.getMergedTraits().xmlName ?? 'member',
              d = s ? r : (r[0] ?? r)[l];
            if (d == null) return c;
            const u = Array.isArray(d) ? d : [d];
            for (const m of u) c.push(this.readSchema(a, m));
            return c;
          }
          const i = {};
          if (o.isMapSchema()) {
            let a = o.getKeySchema(),
              c = o.getValueSchema(),
              l;
            s ? (l = Array.isArray(r) ? r : [r]) : (l = Array.isArray(r.entry) ? r.entry : [r.entry]);
            const d = a.getMergedTraits().xmlName ?? 'key',
              u = c.getMergedTraits().xmlName ?? 'value';
            for (const m of l) {
              const f = m[d],
                h = m[u];
              f === '__proto__' && JT(i), (i[f] = this.readSchema(c, h));
            }
            return i;
          }
          if (o.isStructSchema()) {
            let a = o.isUnionSchema(),
              c;
            a && (c = new Mc(r, i));
            for (const [l, d] of o.structIterator()) {
              const u = d.getMergedTraits(),
                m = u.httpPayload ? (u.xmlName ?? d.getName()) : (d.getMemberTraits().xmlName ?? l);
              a && c.mark(m), r[m] != null && (i[l] = this.readSchema(d, r[m]));
            }
            return (a && c.writeUnknown(), i);
          }
          if (o.isDocumentSchema()) return r;
          throw new Error(
            `@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`,
          );
        }
        return o.isListSchema()
          ? []
          : o.isMapSchema() || o.isStructSchema()
            ? {}
            : this.stringDeserializer.read(o, r);
      }
      parseXml(e) {
        if (e.length) {
          let r;
          try {
            r = Vu(e);
          } catch (i) {
            throw (
              i && typeof i == 'object' && Object.defineProperty(i, '$responseBodyText', { value: e }), i
            );
          }
          const o = '#text',
            n = Object.keys(r)[0],
            s = r[n];
          return (s[o] && ((s[n] = s[o]), delete s[o]), fi(s));
        }
        return {};
      }
    };
  });
var Uc,
  ZT = p(() => {
    N();
    K();
    R();
    R();
    zu();
    Uc = class extends an {
      settings;
      buffer;
      constructor(e) {
        super(), (this.settings = e);
      }
      write(e, r, o = '') {
        this.buffer === void 0 && (this.buffer = '');
        const n = O.of(e);
        if ((o && !o.endsWith('.') && (o += '.'), n.isBlobSchema()))
          (typeof r == 'string' || r instanceof Uint8Array) &&
            (this.writeKey(o), this.writeValue((this.serdeContext?.base64Encoder ?? ae)(r)));
        else if (n.isBooleanSchema() || n.isNumericSchema() || n.isStringSchema())
          r != null
            ? (this.writeKey(o), this.writeValue(String(r)))
            : n.isIdempotencyToken() && (this.writeKey(o), this.writeValue(Vo()));
        else if (n.isBigIntegerSchema()) r != null && (this.writeKey(o), this.writeValue(String(r)));
        else if (n.isBigDecimalSchema())
          r != null && (this.writeKey(o), this.writeValue(r instanceof ue ? r.string : String(r)));
        else if (n.isTimestampSchema()) {
          if (r instanceof Date)
            switch ((this.writeKey(o), ho(n, this.settings))) {
              case 5:
                this.writeValue(r.toISOString().replace('.000Z', 'Z'));
                break;
              case 6:
                this.writeValue(no(r));
                break;
              case 7:
                this.writeValue(String(r.getTime() / 1e3));
                break;
            }
        } else if (n.isDocumentSchema())
          Array.isArray(r)
            ? this.write(79, r, o)
            : r instanceof Date
              ? this.write(4, r, o)
              : r instanceof Uint8Array
                ? this.write(21, r, o)
                : r && typeof r == 'object'
                  ? this.write(143, r, o)
                  : (this.writeKey(o), this.writeValue(String(r)));
        else if (n.isListSchema()) {
          if (Array.isArray(r))
            if (r.length === 0) this.settings.serializeEmptyLists && (this.writeKey(o), this.writeValue(''));
            else {
              let s = n.getValueSchema(),
                i = this.settings.flattenLists || n.getMergedTraits().xmlFlattened,
                a = 1;
              for (const c of r) {
                if (c == null) continue;
                const l = s.getMergedTraits(),
                  d = this.getKey('member', l.xmlName, l.ec2QueryName),
                  u = i ? `${o}${a}` : `${o}${d}.${a}`;
                this.write(s, c, u), ++a;
              }
            }
        } else if (n.isMapSchema()) {
          if (r && typeof r == 'object') {
            let s = n.getKeySchema(),
              i = n.getValueSchema(),
              a = n.getMergedTraits().xmlFlattened,
              c = 1;
            for (const l in r) {
              const d = r[l];
              if (d == null) continue;
              const u = s.getMergedTraits(),
                m = this.getKey('key', u.xmlName, u.ec2QueryName),
                f = a ? `${o}${c}.${m}` : `${o}entry.${c}.${m}`,
                h = i.getMergedTraits(),
                S = this.getKey('value', h.xmlName, h.ec2QueryName),
                g = a ? `${o}${c}.${S}` : `${o}entry.${c}.${S}`;
              this.write(s, l, f), this.write(i, d, g), ++c;
            }
          }
        } else if (n.isStructSchema()) {
          if (r && typeof r == 'object') {
            let s = !1;
            for (const [i, a] of n.structIterator()) {
              if (r[i] == null && !a.isIdempotencyToken()) continue;
              const c = a.getMergedTraits(),
                l = this.getKey(i, c.xmlName, c.ec2QueryName, 'struct'),
                d = `${o}${l}`;
              this.write(a, r[i], d), (s = !0);
            }
            if (!s && n.isUnionSchema()) {
              const { $unknown: i } = r;
              if (Array.isArray(i)) {
                const [a, c] = i,
                  l = `${o}${a}`;
                this.write(15, c, l);
              }
            }
          }
        } else if (!n.isUnitSchema())
          throw new Error(
            `@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`,
          );
      }
      flush() {
        if (this.buffer === void 0)
          throw new Error(
            '@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.',
          );
        const e = this.buffer;
        return (delete this.buffer, e);
      }
      getKey(e, r, o, n) {
        const { ec2: s, capitalizeKeys: i } = this.settings;
        if (s && o) return o;
        const a = r ?? e;
        return i && n === 'struct' ? a[0].toUpperCase() + a.slice(1) : a;
      }
      writeKey(e) {
        e.endsWith('.') && (e = e.slice(0, e.length - 1)), (this.buffer += `&${co(e)}=`);
      }
      writeValue(e) {
        this.buffer += co(e);
      }
    };
  });
var Ss,
  ew = p(() => {
    N();
    K();
    Nc();
    QT();
    ZT();
    Ss = class extends mo {
      options;
      serializer;
      deserializer;
      mixin = new Kr();
      constructor(e) {
        super({ defaultNamespace: e.defaultNamespace, errorTypeRegistries: e.errorTypeRegistries }),
          (this.options = e);
        const r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !1,
          xmlNamespace: e.xmlNamespace,
          serviceNamespace: e.defaultNamespace,
          serializeEmptyLists: !0,
        };
        (this.serializer = new Uc(r)), (this.deserializer = new Lc(r));
      }
      getShapeId() {
        return 'aws.protocols#awsQuery';
      }
      setSerdeContext(e) {
        this.serializer.setSerdeContext(e), this.deserializer.setSerdeContext(e);
      }
      getPayloadCodec() {
        throw new Error('AWSQuery protocol has no payload codec.');
      }
      async serializeRequest(e, r, o) {
        const n = await super.serializeRequest(e, r, o);
        n.path.endsWith('/') || (n.path += '/'),
          (n.headers['content-type'] = 'application/x-www-form-urlencoded'),
          (Er(e.input) === 'unit' || !n.body) && (n.body = '');
        const s = e.name.split('#')[1] ?? e.name;
        return (
          (n.body = `Action=${s}&Version=${this.options.version}` + n.body),
          n.body.endsWith('&') && (n.body = n.body.slice(-1)),
          n
        );
      }
      async deserializeResponse(e, r, o) {
        const n = this.deserializer,
          s = O.of(e.output),
          i = {};
        if (o.statusCode >= 300) {
          const d = await be(o.body, r);
          d.byteLength > 0 && Object.assign(i, await n.read(15, d)),
            await this.handleError(e, r, o, i, this.deserializeMetadata(o));
        }
        for (const d in o.headers) {
          const u = o.headers[d];
          delete o.headers[d], (o.headers[d.toLowerCase()] = u);
        }
        const a = e.name.split('#')[1] ?? e.name,
          c = s.isStructSchema() && this.useNestedResult() ? a + 'Result' : void 0,
          l = await be(o.body, r);
        return (
          l.byteLength > 0 && Object.assign(i, await n.read(s, l, c)),
          (i.$metadata = this.deserializeMetadata(o)),
          i
        );
      }
      useNestedResult() {
        return !0;
      }
      async handleError(e, r, o, n, s) {
        const i = this.loadQueryErrorCode(o, n) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const a = this.loadQueryError(n) ?? {},
          c = this.loadQueryErrorMessage(n);
        (a.message = c), (a.Error = { Type: a.Type, Code: a.Code, Message: c });
        const { errorSchema: l, errorMetadata: d } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            o,
            a,
            s,
            this.mixin.findQueryCompatibleError,
          ),
          u = O.of(l),
          m = this.compositeErrorRegistry.getErrorCtor(l) ?? Error,
          f = new m({}),
          h = { Type: a.Error.Type, Code: a.Error.Code, Error: a.Error };
        for (const [S, g] of u.structIterator()) {
          const y = g.getMergedTraits().xmlName ?? S,
            E = a[y] ?? n[y];
          h[S] = this.deserializer.readSchema(g, E);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(f, d, { $fault: u.getMergedTraits().error, message: c }, h),
          n,
        );
      }
      loadQueryErrorCode(e, r) {
        const o = (r.Errors?.[0]?.Error ?? r.Errors?.Error ?? r.Error)?.Code;
        if (o !== void 0) return o;
        if (e.statusCode == 404) return 'NotFound';
      }
      loadQueryError(e) {
        return e.Errors?.[0]?.Error ?? e.Errors?.Error ?? e.Error;
      }
      loadQueryErrorMessage(e) {
        const r = this.loadQueryError(e);
        return r?.message ?? r?.Message ?? e.message ?? e.Message ?? 'Unknown';
      }
      getDefaultContentType() {
        return 'application/x-www-form-urlencoded';
      }
    };
  });
var _o = p(() => {
  jT();
  WT();
  N();
  ew();
});
var ys,
  Io,
  $c,
  tw,
  sw,
  Bc,
  ju,
  rw,
  Wu,
  cn,
  ow,
  nw,
  f1,
  Ke,
  h1,
  iw,
  aw = p(() => {
    Y();
    (ys = 'ref'),
      (Io = -1),
      ($c = !0),
      (tw = 'isSet'),
      (sw = 'PartitionResult'),
      (Bc = 'booleanEquals'),
      (ju = 'getAttr'),
      (rw = { [ys]: 'Endpoint' }),
      (Wu = { [ys]: sw }),
      (cn = {}),
      (ow = [{ [ys]: 'Region' }]),
      (nw = {
        conditions: [
          [tw, [rw]],
          [tw, ow],
          ['aws.partition', ow, sw],
          [Bc, [{ [ys]: 'UseFIPS' }, $c]],
          [Bc, [{ [ys]: 'UseDualStack' }, $c]],
          [Bc, [{ fn: ju, argv: [Wu, 'supportsDualStack'] }, $c]],
          [Bc, [{ fn: ju, argv: [Wu, 'supportsFIPS'] }, $c]],
          ['stringEquals', [{ fn: ju, argv: [Wu, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [Io],
          [Io, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [Io, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [rw, cn],
          ['https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', cn],
          [Io, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://oidc.{Region}.amazonaws.com', cn],
          ['https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}', cn],
          [Io, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}', cn],
          [Io, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://oidc.{Region}.{PartitionResult#dnsSuffix}', cn],
          [Io, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (f1 = 2),
      (Ke = 1e8),
      (h1 = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        Ke + 12,
        2,
        5,
        Ke + 12,
        3,
        8,
        6,
        4,
        7,
        Ke + 11,
        5,
        Ke + 9,
        Ke + 10,
        4,
        11,
        9,
        6,
        10,
        Ke + 8,
        7,
        Ke + 6,
        Ke + 7,
        5,
        12,
        Ke + 5,
        6,
        Ke + 4,
        Ke + 5,
        3,
        Ke + 1,
        14,
        4,
        Ke + 2,
        Ke + 3,
      ])),
      (iw = nt.from(h1, f1, nw.conditions, nw.results));
  });
var g1,
  cw,
  pw = p(() => {
    k();
    Y();
    aw();
    (g1 = new st({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] })),
      (cw = (t, e = {}) => g1.get(t, () => Lt(iw, { endpointParams: t, logger: e.logger })));
    $e.aws = ft;
  });
var Se,
  Fc = p(() => {
    b();
    Se = class t extends Qe {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Es,
  xs,
  _s,
  Is,
  Ts,
  ws,
  As,
  bs,
  Cs,
  Rs,
  vs,
  Ku = p(() => {
    Fc();
    (Es = class t extends Se {
      static shapeId = 'com.amazonaws.ssooidc#AccessDeniedException';
      name = 'AccessDeniedException';
      $fault = 'client';
      error;
      reason;
      error_description;
      constructor(e) {
        super({ name: 'AccessDeniedException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.error = e.error),
          (this.reason = e.reason),
          (this.error_description = e.error_description);
      }
    }),
      (xs = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#AuthorizationPendingException';
        name = 'AuthorizationPendingException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'AuthorizationPendingException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (_s = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#ExpiredTokenException';
        name = 'ExpiredTokenException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'ExpiredTokenException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Is = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InternalServerException';
        name = 'InternalServerException';
        $fault = 'server';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InternalServerException', $fault: 'server', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Ts = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InvalidClientException';
        name = 'InvalidClientException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidClientException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (ws = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InvalidGrantException';
        name = 'InvalidGrantException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidGrantException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (As = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InvalidRequestException';
        name = 'InvalidRequestException';
        $fault = 'client';
        error;
        reason;
        error_description;
        constructor(e) {
          super({ name: 'InvalidRequestException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.reason = e.reason),
            (this.error_description = e.error_description);
        }
      }),
      (bs = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InvalidScopeException';
        name = 'InvalidScopeException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidScopeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Cs = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#SlowDownException';
        name = 'SlowDownException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'SlowDownException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Rs = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#UnauthorizedClientException';
        name = 'UnauthorizedClientException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'UnauthorizedClientException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (vs = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#UnsupportedGrantTypeException';
        name = 'UnsupportedGrantTypeException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'UnsupportedGrantTypeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      });
  });
var S1,
  y1,
  E1,
  x1,
  _1,
  I1,
  T1,
  w1,
  A1,
  b1,
  C1,
  R1,
  v1,
  O1,
  D1,
  P1,
  N1,
  k1,
  M1,
  L1,
  Sr,
  U1,
  $1,
  B1,
  F1,
  H1,
  ie,
  G1,
  Zt,
  V1,
  z1,
  er,
  j1,
  lw,
  dw,
  W1,
  uw,
  K1,
  q1,
  X1,
  pe,
  mw,
  fw,
  gt,
  hw,
  gw,
  Sw,
  yw,
  Ew,
  xw,
  _w,
  Iw,
  Tw,
  ww,
  Aw,
  qu,
  J1,
  Y1,
  Q1,
  Z1,
  bw,
  Cw,
  Rw,
  Xu,
  Hc = p(() => {
    K();
    Ku();
    Fc();
    (S1 = 'AccessDeniedException'),
      (y1 = 'AuthorizationPendingException'),
      (E1 = 'AccessToken'),
      (x1 = 'ClientSecret'),
      (_1 = 'CreateToken'),
      (I1 = 'CreateTokenRequest'),
      (T1 = 'CreateTokenResponse'),
      (w1 = 'CodeVerifier'),
      (A1 = 'ExpiredTokenException'),
      (b1 = 'InvalidClientException'),
      (C1 = 'InvalidGrantException'),
      (R1 = 'InvalidRequestException'),
      (v1 = 'InternalServerException'),
      (O1 = 'InvalidScopeException'),
      (D1 = 'IdToken'),
      (P1 = 'RefreshToken'),
      (N1 = 'SlowDownException'),
      (k1 = 'UnauthorizedClientException'),
      (M1 = 'UnsupportedGrantTypeException'),
      (L1 = 'accessToken'),
      (Sr = 'client'),
      (U1 = 'clientId'),
      ($1 = 'clientSecret'),
      (B1 = 'codeVerifier'),
      (F1 = 'code'),
      (H1 = 'deviceCode'),
      (ie = 'error'),
      (G1 = 'expiresIn'),
      (Zt = 'error_description'),
      (V1 = 'grantType'),
      (z1 = 'http'),
      (er = 'httpError'),
      (j1 = 'idToken'),
      (lw = 'reason'),
      (dw = 'refreshToken'),
      (W1 = 'redirectUri'),
      (uw = 'smithy.ts.sdk.synthetic.com.amazonaws.ssooidc'),
      (K1 = 'scope'),
      (q1 = 'server'),
      (X1 = 'tokenType'),
      (pe = 'com.amazonaws.ssooidc'),
      (mw = new X(uw)),
      (fw = [-3, uw, 'SSOOIDCServiceException', 0, [], []]);
    mw.registerError(fw, Se);
    (gt = new X(pe)), (hw = [-3, pe, S1, { [ie]: Sr, [er]: 400 }, [ie, lw, Zt], [0, 0, 0]]);
    gt.registerError(hw, Es);
    gw = [-3, pe, y1, { [ie]: Sr, [er]: 400 }, [ie, Zt], [0, 0]];
    gt.registerError(gw, xs);
    Sw = [-3, pe, A1, { [ie]: Sr, [er]: 400 }, [ie, Zt], [0, 0]];
    gt.registerError(Sw, _s);
    yw = [-3, pe, v1, { [ie]: q1, [er]: 500 }, [ie, Zt], [0, 0]];
    gt.registerError(yw, Is);
    Ew = [-3, pe, b1, { [ie]: Sr, [er]: 401 }, [ie, Zt], [0, 0]];
    gt.registerError(Ew, Ts);
    xw = [-3, pe, C1, { [ie]: Sr, [er]: 400 }, [ie, Zt], [0, 0]];
    gt.registerError(xw, ws);
    _w = [-3, pe, R1, { [ie]: Sr, [er]: 400 }, [ie, lw, Zt], [0, 0, 0]];
    gt.registerError(_w, As);
    Iw = [-3, pe, O1, { [ie]: Sr, [er]: 400 }, [ie, Zt], [0, 0]];
    gt.registerError(Iw, bs);
    Tw = [-3, pe, N1, { [ie]: Sr, [er]: 400 }, [ie, Zt], [0, 0]];
    gt.registerError(Tw, Cs);
    ww = [-3, pe, k1, { [ie]: Sr, [er]: 400 }, [ie, Zt], [0, 0]];
    gt.registerError(ww, Rs);
    Aw = [-3, pe, M1, { [ie]: Sr, [er]: 400 }, [ie, Zt], [0, 0]];
    gt.registerError(Aw, vs);
    (qu = [mw, gt]),
      (J1 = [0, pe, E1, 8, 0]),
      (Y1 = [0, pe, x1, 8, 0]),
      (Q1 = [0, pe, w1, 8, 0]),
      (Z1 = [0, pe, D1, 8, 0]),
      (bw = [0, pe, P1, 8, 0]),
      (Cw = [
        3,
        pe,
        I1,
        0,
        [U1, $1, V1, H1, F1, dw, K1, W1, B1],
        [0, [() => Y1, 0], 0, 0, 0, [() => bw, 0], 64, 0, [() => Q1, 0]],
        3,
      ]),
      (Rw = [3, pe, T1, 0, [L1, X1, G1, dw, j1], [[() => J1, 0], 0, 1, [() => bw, 0], [() => Z1, 0]]]),
      (Xu = [9, pe, _1, { [z1]: ['POST', '/token', 200] }, () => Cw, () => Rw]);
  });
var vw,
  Ow = p(() => {
    Re();
    _o();
    Ce();
    kr();
    b();
    N();
    R();
    Bu();
    pw();
    Hc();
    vw = (t) => ({
      apiVersion: '2019-06-10',
      base64Decoder: t?.base64Decoder ?? de,
      base64Encoder: t?.base64Encoder ?? ae,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? cw,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? FT,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ge(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new Be(),
        },
      ],
      logger: t?.logger ?? new Ne(),
      protocol: t?.protocol ?? Ar,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.ssooidc',
        errorTypeRegistries: qu,
        version: '2019-06-10',
        serviceTarget: 'AWSSSOOIDCService',
      },
      serviceId: t?.serviceId ?? 'SSO OIDC',
      sha256: t?.sha256 ?? pt,
      urlParser: t?.urlParser ?? fe,
      utf8Decoder: t?.utf8Decoder ?? te,
      utf8Encoder: t?.utf8Encoder ?? J,
    });
  });
var Dw,
  Pw = p(() => {
    hs();
    k();
    Re();
    b();
    D();
    mt();
    R();
    xo();
    Ow();
    Dw = (t) => {
      wt(process.version);
      const e = Mt(t),
        r = () => e().then(Tt),
        o = vw(t);
      Rt(process.version);
      const n = { profile: t?.profile, logger: o.logger };
      return {
        ...o,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? T(ht, n),
        bodyLengthChecker: t?.bodyLengthChecker ?? Ot,
        defaultSocketTimeout: vt(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? Xt({ serviceId: o.serviceId, clientVersion: Wr.version }),
        maxAttempts: t?.maxAttempts ?? T(ut, t),
        region: t?.region ?? T(Ue, { ...ot, ...n }),
        requestHandler: Fe.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? T({ ...Kt, default: async () => (await r()).retryMode || at }, t),
        streamCollector: t?.streamCollector ?? je,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? T(Pt, n),
        useFipsEndpoint: t?.useFipsEndpoint ?? T(Nt, n),
        userAgentAppId: t?.userAgentAppId ?? T(Jt, n),
      };
    };
  });
var Nw,
  kw,
  Mw = p(() => {
    (Nw = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        o = t.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = e.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? e.push(n) : e.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (kw = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var Lw,
  Uw = p(() => {
    k();
    b();
    N();
    Mw();
    Lw = (t, e) => {
      const r = Object.assign(Yt(t), At(t), Ut(t), Nw(t));
      return (e.forEach((o) => o.configure(r)), Object.assign(t, Qt(r), bt(r), $t(r), kw(r)));
    };
  });
var Os,
  Ju = p(() => {
    k();
    Ce();
    b();
    D();
    Y();
    N();
    mt();
    K();
    Bu();
    Fu();
    Pw();
    Uw();
    Os = class extends he {
      config;
      constructor(...[e]) {
        const r = Dw(e || {});
        super(r), (this.initConfig = r);
        const o = GT(r),
          n = jt(o),
          s = Wt(n),
          i = kt(s),
          a = i,
          c = pr(a),
          l = HT(c),
          d = Lw(l, e?.extensions || []);
        (this.config = d),
          this.middlewareStack.use(It(this.config)),
          this.middlewareStack.use(qt(this.config)),
          this.middlewareStack.use(fr(this.config)),
          this.middlewareStack.use(Bt(this.config)),
          this.middlewareStack.use(Ht(this.config)),
          this.middlewareStack.use(Gt(this.config)),
          this.middlewareStack.use(Vt(this.config)),
          this.middlewareStack.use(
            lt(this.config, {
              httpAuthSchemeParametersProvider: BT,
              identityProviderConfigProvider: async (u) => new We({ 'aws.auth#sigv4': u.credentials }),
            }),
          ),
          this.middlewareStack.use(dt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var $w,
  Bw,
  Fw,
  Hw = p(() => {
    b();
    Y();
    Fu();
    ($w = Ct(VT, 'AWSSSOOIDCService', 'SSOOIDCClient', lr)), (Bw = {}), (Fw = (t, e, r, o) => []);
  });
var Ds,
  Yu = p(() => {
    Hw();
    Hc();
    Ds = class extends $w(Bw, Fw, 'CreateToken', Xu) {};
  });
var eM,
  Gc,
  Gw = p(() => {
    b();
    Yu();
    Ju();
    (eM = { CreateTokenCommand: Ds }), (Gc = class extends Os {});
    xr(eM, Gc);
  });
var Vw = p(() => {
  Yu();
});
var tM,
  rM,
  zw = p(() => {
    (tM = { KMS_ACCESS_DENIED: 'KMS_AccessDeniedException' }),
      (rM = {
        KMS_DISABLED_KEY: 'KMS_DisabledException',
        KMS_INVALID_KEY_USAGE: 'KMS_InvalidKeyUsageException',
        KMS_INVALID_STATE: 'KMS_InvalidStateException',
        KMS_KEY_NOT_FOUND: 'KMS_NotFoundException',
      });
  });
var jw = p(() => {});
var Qu = {};
Ye(Qu, {
  $Command: () => ze,
  AccessDeniedException: () => Es,
  AccessDeniedException$: () => hw,
  AccessDeniedExceptionReason: () => tM,
  AuthorizationPendingException: () => xs,
  AuthorizationPendingException$: () => gw,
  CreateToken$: () => Xu,
  CreateTokenCommand: () => Ds,
  CreateTokenRequest$: () => Cw,
  CreateTokenResponse$: () => Rw,
  ExpiredTokenException: () => _s,
  ExpiredTokenException$: () => Sw,
  InternalServerException: () => Is,
  InternalServerException$: () => yw,
  InvalidClientException: () => Ts,
  InvalidClientException$: () => Ew,
  InvalidGrantException: () => ws,
  InvalidGrantException$: () => xw,
  InvalidRequestException: () => As,
  InvalidRequestException$: () => _w,
  InvalidRequestExceptionReason: () => rM,
  InvalidScopeException: () => bs,
  InvalidScopeException$: () => Iw,
  SSOOIDC: () => Gc,
  SSOOIDCClient: () => Os,
  SSOOIDCServiceException: () => Se,
  SSOOIDCServiceException$: () => fw,
  SlowDownException: () => Cs,
  SlowDownException$: () => Tw,
  UnauthorizedClientException: () => Rs,
  UnauthorizedClientException$: () => ww,
  UnsupportedGrantTypeException: () => vs,
  UnsupportedGrantTypeException$: () => Aw,
  __Client: () => he,
  errorTypeRegistries: () => qu,
});
var Zu = p(() => {
  Ju();
  Gw();
  Vw();
  b();
  Hc();
  zw();
  Ku();
  jw();
  Fc();
});
var Ww,
  Kw = p(() => {
    Ww = async (t, e = {}, r) => {
      const { SSOOIDCClient: o } = await Promise.resolve().then(() => (Zu(), Qu)),
        n = (i) => e.clientConfig?.[i] ?? e.parentClientConfig?.[i] ?? r?.[i];
      return new o(
        Object.assign({}, e.clientConfig ?? {}, {
          region: t ?? e.clientConfig?.region,
          logger: n('logger'),
          userAgentAppId: n('userAgentAppId'),
        }),
      );
    };
  });
var qw,
  Xw = p(() => {
    Kw();
    qw = async (t, e, r = {}, o) => {
      const { CreateTokenCommand: n } = await Promise.resolve().then(() => (Zu(), Qu));
      return (await Ww(e, r, o)).send(
        new n({
          clientId: t.clientId,
          clientSecret: t.clientSecret,
          refreshToken: t.refreshToken,
          grantType: 'refresh_token',
        }),
      );
    };
  });
var em,
  Jw = p(() => {
    D();
    Pc();
    em = (t) => {
      if (t.expiration && t.expiration.getTime() < Date.now()) throw new tt(`Token is expired. ${sn}`, !1);
    };
  });
var qr,
  Yw = p(() => {
    D();
    Pc();
    qr = (t, e, r = !1) => {
      if (typeof e > 'u')
        throw new tt(`Value not present for '${t}' in SSO Token${r ? '. Cannot refresh' : ''}. ${sn}`, !1);
    };
  });
import { promises as oM } from 'node:fs';
var nM,
  Qw,
  Zw = p(() => {
    D();
    ({ writeFile: nM } = oM),
      (Qw = (t, e) => {
        const r = On(t),
          o = JSON.stringify(e, null, 2);
        return nM(r, o);
      });
  });
var e0,
  Vc,
  tm,
  t0 = p(() => {
    D();
    Pc();
    Xw();
    Jw();
    Yw();
    Zw();
    (e0 = new Map()),
      (Vc = new Map()),
      (tm =
        (t = {}) =>
        async ({ callerClientConfig: e } = {}) => {
          t.logger?.debug('@aws-sdk/token-providers - fromSso');
          const r = await Dt(t),
            o = Le({ profile: t.profile ?? e?.profile }),
            n = r[o];
          if (n) {
            if (!n.sso_session) throw new tt(`Profile '${o}' is missing required property 'sso_session'.`);
          } else throw new tt(`Profile '${o}' could not be found in shared credentials file.`, !1);
          const s = n.sso_session,
            i = Vc.get(s);
          if (i) return await i;
          const c = (await Ln(t))[s];
          if (!c) throw new tt(`Sso session '${s}' could not be found in shared credentials file.`, !1);
          for (const E of ['sso_start_url', 'sso_region'])
            if (!c[E]) throw new tt(`Sso session '${s}' is missing required property '${E}'.`, !1);
          let l = c.sso_start_url,
            d = c.sso_region,
            u;
          try {
            u = await Pn(s);
          } catch {
            throw new tt(
              `The SSO session token associated with profile=${o} was not found or is invalid. ${sn}`,
              !1,
            );
          }
          qr('accessToken', u.accessToken), qr('expiresAt', u.expiresAt);
          const { accessToken: m, expiresAt: f } = u,
            h = { token: m, expiration: new Date(f) };
          if (h.expiration.getTime() - Date.now() > 3e5) return h;
          const S = Vc.get(s);
          if (S) return await S;
          const g = e0.get(s) ?? 0;
          if (Date.now() - g < 30 * 1e3) return (em(h), h);
          qr('clientId', u.clientId, !0),
            qr('clientSecret', u.clientSecret, !0),
            qr('refreshToken', u.refreshToken, !0);
          const y = (async () => {
            try {
              e0.set(s, Date.now());
              const E = await qw(u, d, t, e);
              qr('accessToken', E.accessToken), qr('expiresIn', E.expiresIn);
              const I = new Date(Date.now() + E.expiresIn * 1e3);
              try {
                await Qw(s, {
                  ...u,
                  accessToken: E.accessToken,
                  expiresAt: I.toISOString(),
                  refreshToken: E.refreshToken,
                });
              } catch {}
              return { token: E.accessToken, expiration: I };
            } catch {
              return (em(h), h);
            }
          })();
          Vc.set(s, y);
          try {
            return await y;
          } finally {
            Vc.delete(s);
          }
        });
  });
var r0 = p(() => {
  t0();
});
function iM(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'awsssoportal', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function aM(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var o0,
  n0,
  s0,
  rm = p(() => {
    Re();
    b();
    o0 = async (t, e, r) => ({
      operation: ee(e).operation,
      region:
        (await W(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (n0 = (t) => {
      const e = [];
      return (t.operation === 'GetRoleCredentials' ? e.push(aM(t)) : e.push(iM(t)), e);
    }),
      (s0 = (t) => {
        const e = gr(t);
        return Object.assign(e, { authSchemePreference: W(t.authSchemePreference ?? []) });
      });
  });
var i0,
  a0,
  om = p(() => {
    (i0 = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'awsssoportal',
      })),
      (a0 = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var Ps,
  To,
  zc,
  c0,
  u0,
  jc,
  nm,
  p0,
  sm,
  pn,
  l0,
  d0,
  cM,
  qe,
  pM,
  m0,
  f0 = p(() => {
    Y();
    (Ps = 'ref'),
      (To = -1),
      (zc = !0),
      (c0 = 'isSet'),
      (u0 = 'PartitionResult'),
      (jc = 'booleanEquals'),
      (nm = 'getAttr'),
      (p0 = { [Ps]: 'Endpoint' }),
      (sm = { [Ps]: u0 }),
      (pn = {}),
      (l0 = [{ [Ps]: 'Region' }]),
      (d0 = {
        conditions: [
          [c0, [p0]],
          [c0, l0],
          ['aws.partition', l0, u0],
          [jc, [{ [Ps]: 'UseFIPS' }, zc]],
          [jc, [{ [Ps]: 'UseDualStack' }, zc]],
          [jc, [{ fn: nm, argv: [sm, 'supportsDualStack'] }, zc]],
          [jc, [{ fn: nm, argv: [sm, 'supportsFIPS'] }, zc]],
          ['stringEquals', [{ fn: nm, argv: [sm, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [To],
          [To, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [To, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [p0, pn],
          ['https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', pn],
          [To, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://portal.sso.{Region}.amazonaws.com', pn],
          ['https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}', pn],
          [To, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}', pn],
          [To, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://portal.sso.{Region}.{PartitionResult#dnsSuffix}', pn],
          [To, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (cM = 2),
      (qe = 1e8),
      (pM = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        qe + 12,
        2,
        5,
        qe + 12,
        3,
        8,
        6,
        4,
        7,
        qe + 11,
        5,
        qe + 9,
        qe + 10,
        4,
        11,
        9,
        6,
        10,
        qe + 8,
        7,
        qe + 6,
        qe + 7,
        5,
        12,
        qe + 5,
        6,
        qe + 4,
        qe + 5,
        3,
        qe + 1,
        14,
        4,
        qe + 2,
        qe + 3,
      ])),
      (m0 = nt.from(pM, cM, d0.conditions, d0.results));
  });
var lM,
  h0,
  g0 = p(() => {
    k();
    Y();
    f0();
    (lM = new st({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] })),
      (h0 = (t, e = {}) => lM.get(t, () => Lt(m0, { endpointParams: t, logger: e.logger })));
    $e.aws = ft;
  });
var br,
  im = p(() => {
    b();
    br = class t extends Qe {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Wc,
  Kc,
  qc,
  Xc,
  am = p(() => {
    im();
    (Wc = class t extends br {
      static shapeId = 'com.amazonaws.sso#InvalidRequestException';
      name = 'InvalidRequestException';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidRequestException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    }),
      (Kc = class t extends br {
        static shapeId = 'com.amazonaws.sso#ResourceNotFoundException';
        name = 'ResourceNotFoundException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (qc = class t extends br {
        static shapeId = 'com.amazonaws.sso#TooManyRequestsException';
        name = 'TooManyRequestsException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'TooManyRequestsException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Xc = class t extends br {
        static shapeId = 'com.amazonaws.sso#UnauthorizedException';
        name = 'UnauthorizedException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'UnauthorizedException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      });
  });
var dM,
  uM,
  mM,
  fM,
  hM,
  gM,
  SM,
  yM,
  EM,
  xM,
  _M,
  IM,
  TM,
  wM,
  AM,
  Jc,
  Yc,
  bM,
  CM,
  Qc,
  RM,
  S0,
  Zc,
  vM,
  OM,
  DM,
  y0,
  PM,
  NM,
  kM,
  St,
  E0,
  MM,
  Ns,
  LM,
  UM,
  $M,
  BM,
  x0,
  FM,
  HM,
  GM,
  VM,
  zM,
  jM,
  _0,
  ep = p(() => {
    K();
    am();
    im();
    (dM = 'AccessTokenType'),
      (uM = 'GetRoleCredentials'),
      (mM = 'GetRoleCredentialsRequest'),
      (fM = 'GetRoleCredentialsResponse'),
      (hM = 'InvalidRequestException'),
      (gM = 'RoleCredentials'),
      (SM = 'ResourceNotFoundException'),
      (yM = 'SecretAccessKeyType'),
      (EM = 'SessionTokenType'),
      (xM = 'TooManyRequestsException'),
      (_M = 'UnauthorizedException'),
      (IM = 'accountId'),
      (TM = 'accessKeyId'),
      (wM = 'accessToken'),
      (AM = 'account_id'),
      (Jc = 'client'),
      (Yc = 'error'),
      (bM = 'expiration'),
      (CM = 'http'),
      (Qc = 'httpError'),
      (RM = 'httpHeader'),
      (S0 = 'httpQuery'),
      (Zc = 'message'),
      (vM = 'roleCredentials'),
      (OM = 'roleName'),
      (DM = 'role_name'),
      (y0 = 'smithy.ts.sdk.synthetic.com.amazonaws.sso'),
      (PM = 'secretAccessKey'),
      (NM = 'sessionToken'),
      (kM = 'x-amz-sso_bearer_token'),
      (St = 'com.amazonaws.sso'),
      (E0 = new X(y0)),
      (MM = [-3, y0, 'SSOServiceException', 0, [], []]);
    E0.registerError(MM, br);
    (Ns = new X(St)), (LM = [-3, St, hM, { [Yc]: Jc, [Qc]: 400 }, [Zc], [0]]);
    Ns.registerError(LM, Wc);
    UM = [-3, St, SM, { [Yc]: Jc, [Qc]: 404 }, [Zc], [0]];
    Ns.registerError(UM, Kc);
    $M = [-3, St, xM, { [Yc]: Jc, [Qc]: 429 }, [Zc], [0]];
    Ns.registerError($M, qc);
    BM = [-3, St, _M, { [Yc]: Jc, [Qc]: 401 }, [Zc], [0]];
    Ns.registerError(BM, Xc);
    (x0 = [E0, Ns]),
      (FM = [0, St, dM, 8, 0]),
      (HM = [0, St, yM, 8, 0]),
      (GM = [0, St, EM, 8, 0]),
      (VM = [
        3,
        St,
        mM,
        0,
        [OM, IM, wM],
        [
          [0, { [S0]: DM }],
          [0, { [S0]: AM }],
          [() => FM, { [RM]: kM }],
        ],
        3,
      ]),
      (zM = [3, St, fM, 0, [vM], [[() => jM, 0]]]),
      (jM = [3, St, gM, 0, [TM, PM, NM, bM], [0, [() => HM, 0], [() => GM, 0], 1]]),
      (_0 = [9, St, uM, { [CM]: ['GET', '/federation/credentials', 200] }, () => VM, () => zM]);
  });
var I0,
  T0 = p(() => {
    Re();
    _o();
    Ce();
    kr();
    b();
    N();
    R();
    rm();
    g0();
    ep();
    I0 = (t) => ({
      apiVersion: '2019-06-10',
      base64Decoder: t?.base64Decoder ?? de,
      base64Encoder: t?.base64Encoder ?? ae,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? h0,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? n0,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ge(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new Be(),
        },
      ],
      logger: t?.logger ?? new Ne(),
      protocol: t?.protocol ?? Ar,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.sso',
        errorTypeRegistries: x0,
        version: '2019-06-10',
        serviceTarget: 'SWBPortalService',
      },
      serviceId: t?.serviceId ?? 'SSO',
      sha256: t?.sha256 ?? pt,
      urlParser: t?.urlParser ?? fe,
      utf8Decoder: t?.utf8Decoder ?? te,
      utf8Encoder: t?.utf8Encoder ?? J,
    });
  });
var w0,
  A0 = p(() => {
    hs();
    k();
    Re();
    b();
    D();
    mt();
    R();
    xo();
    T0();
    w0 = (t) => {
      wt(process.version);
      const e = Mt(t),
        r = () => e().then(Tt),
        o = I0(t);
      Rt(process.version);
      const n = { profile: t?.profile, logger: o.logger };
      return {
        ...o,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? T(ht, n),
        bodyLengthChecker: t?.bodyLengthChecker ?? Ot,
        defaultSocketTimeout: vt(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? Xt({ serviceId: o.serviceId, clientVersion: Wr.version }),
        maxAttempts: t?.maxAttempts ?? T(ut, t),
        region: t?.region ?? T(Ue, { ...ot, ...n }),
        requestHandler: Fe.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? T({ ...Kt, default: async () => (await r()).retryMode || at }, t),
        streamCollector: t?.streamCollector ?? je,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? T(Pt, n),
        useFipsEndpoint: t?.useFipsEndpoint ?? T(Nt, n),
        userAgentAppId: t?.userAgentAppId ?? T(Jt, n),
      };
    };
  });
var b0,
  C0,
  R0 = p(() => {
    (b0 = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        o = t.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = e.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? e.push(n) : e.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (C0 = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var v0,
  O0 = p(() => {
    k();
    b();
    N();
    R0();
    v0 = (t, e) => {
      const r = Object.assign(Yt(t), At(t), Ut(t), b0(t));
      return (e.forEach((o) => o.configure(r)), Object.assign(t, Qt(r), bt(r), $t(r), C0(r)));
    };
  });
var ln,
  cm = p(() => {
    k();
    Ce();
    b();
    D();
    Y();
    N();
    mt();
    K();
    rm();
    om();
    A0();
    O0();
    ln = class extends he {
      config;
      constructor(...[e]) {
        const r = w0(e || {});
        super(r), (this.initConfig = r);
        const o = i0(r),
          n = jt(o),
          s = Wt(n),
          i = kt(s),
          a = i,
          c = pr(a),
          l = s0(c),
          d = v0(l, e?.extensions || []);
        (this.config = d),
          this.middlewareStack.use(It(this.config)),
          this.middlewareStack.use(qt(this.config)),
          this.middlewareStack.use(fr(this.config)),
          this.middlewareStack.use(Bt(this.config)),
          this.middlewareStack.use(Ht(this.config)),
          this.middlewareStack.use(Gt(this.config)),
          this.middlewareStack.use(Vt(this.config)),
          this.middlewareStack.use(
            lt(this.config, {
              httpAuthSchemeParametersProvider: o0,
              identityProviderConfigProvider: async (u) => new We({ 'aws.auth#sigv4': u.credentials }),
            }),
          ),
          this.middlewareStack.use(dt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var D0,
  P0,
  N0,
  k0 = p(() => {
    b();
    Y();
    om();
    (D0 = Ct(a0, 'SWBPortalService', 'SSOClient', lr)), (P0 = {}), (N0 = (t, e, r, o) => []);
  });
var dn,
  pm = p(() => {
    k0();
    ep();
    dn = class extends D0(P0, N0, 'GetRoleCredentials', _0) {};
  });
var WM,
  lm,
  M0 = p(() => {
    b();
    pm();
    cm();
    (WM = { GetRoleCredentialsCommand: dn }), (lm = class extends ln {});
    xr(WM, lm);
  });
var L0 = p(() => {
  pm();
});
var U0 = p(() => {});
var $0 = p(() => {
  cm();
  M0();
  L0();
  ep();
  am();
  U0();
});
var B0 = {};
Ye(B0, { GetRoleCredentialsCommand: () => dn, SSOClient: () => ln });
var F0 = p(() => {
  $0();
});
var ks,
  dm,
  H0 = p(() => {
    k();
    r0();
    D();
    (ks = !1),
      (dm = async ({
        ssoStartUrl: t,
        ssoSession: e,
        ssoAccountId: r,
        ssoRegion: o,
        ssoRoleName: n,
        ssoClient: s,
        clientConfig: i,
        parentClientConfig: a,
        callerClientConfig: c,
        profile: l,
        filepath: d,
        configFilepath: u,
        ignoreCache: m,
        logger: f,
      }) => {
        let h,
          S = 'To refresh this SSO session run aws sso login with the corresponding profile.';
        if (e)
          try {
            const Ve = await tm({
              profile: l,
              filepath: d,
              configFilepath: u,
              ignoreCache: m,
              clientConfig: i,
              parentClientConfig: a,
              logger: f,
            })({ callerClientConfig: c });
            h = { accessToken: Ve.token, expiresAt: new Date(Ve.expiration).toISOString() };
          } catch (Ve) {
            throw new x(Ve.message, { tryNextLink: ks, logger: f });
          }
        else
          try {
            h = await Pn(t);
          } catch {
            throw new x(`The SSO session associated with this profile is invalid. ${S}`, {
              tryNextLink: ks,
              logger: f,
            });
          }
        if (new Date(h.expiresAt).getTime() - Date.now() <= 0)
          throw new x(`The SSO session associated with this profile has expired. ${S}`, {
            tryNextLink: ks,
            logger: f,
          });
        let { accessToken: g } = h,
          { SSOClient: y, GetRoleCredentialsCommand: E } = await Promise.resolve().then(() => (F0(), B0)),
          I =
            s ||
            new y(
              Object.assign({}, i ?? {}, {
                logger: i?.logger ?? c?.logger ?? a?.logger,
                region: i?.region ?? o,
                userAgentAppId: i?.userAgentAppId ?? c?.userAgentAppId ?? a?.userAgentAppId,
              }),
            ),
          w;
        try {
          w = await I.send(new E({ accountId: r, roleName: n, accessToken: g }));
        } catch (Ve) {
          throw new x(Ve, { tryNextLink: ks, logger: f });
        }
        const {
          roleCredentials: {
            accessKeyId: v,
            secretAccessKey: z,
            sessionToken: q,
            expiration: ct,
            credentialScope: nr,
            accountId: ne,
          } = {},
        } = w;
        if (!v || !z || !q || !ct)
          throw new x('SSO returns an invalid temporary credential.', { tryNextLink: ks, logger: f });
        const ye = {
          accessKeyId: v,
          secretAccessKey: z,
          sessionToken: q,
          expiration: new Date(ct),
          ...(nr && { credentialScope: nr }),
          ...(ne && { accountId: ne }),
        };
        return (e ? M(ye, 'CREDENTIALS_SSO', 's') : M(ye, 'CREDENTIALS_SSO_LEGACY', 'u'), ye);
      });
  });
var tp,
  um = p(() => {
    D();
    tp = (t, e) => {
      const { sso_start_url: r, sso_account_id: o, sso_region: n, sso_role_name: s } = t;
      if (!r || !o || !n || !s)
        throw new x(
          `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(', ')}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
          { tryNextLink: !1, logger: e },
        );
      return t;
    };
  });
var G0,
  V0 = p(() => {
    D();
    $u();
    H0();
    um();
    G0 =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-sso - fromSSO');
        const { ssoStartUrl: r, ssoAccountId: o, ssoRegion: n, ssoRoleName: s, ssoSession: i } = t,
          { ssoClient: a } = t,
          c = Le({ profile: t.profile ?? e?.profile });
        if (!r && !o && !n && !s && !i) {
          const d = (await Dt(t))[c];
          if (!d) throw new x(`Profile ${c} was not found.`, { logger: t.logger });
          if (!Dc(d))
            throw new x(`Profile ${c} is not configured with SSO credentials.`, { logger: t.logger });
          if (d?.sso_session) {
            const y = (await Ln(t))[d.sso_session],
              E = ` configurations in profile ${c} and sso-session ${d.sso_session}`;
            if (n && n !== y.sso_region)
              throw new x('Conflicting SSO region' + E, { tryNextLink: !1, logger: t.logger });
            if (r && r !== y.sso_start_url)
              throw new x('Conflicting SSO start_url' + E, { tryNextLink: !1, logger: t.logger });
            (d.sso_region = y.sso_region), (d.sso_start_url = y.sso_start_url);
          }
          const {
            sso_start_url: u,
            sso_account_id: m,
            sso_region: f,
            sso_role_name: h,
            sso_session: S,
          } = tp(d, t.logger);
          return dm({
            ssoStartUrl: u,
            ssoSession: S,
            ssoAccountId: m,
            ssoRegion: f,
            ssoRoleName: h,
            ssoClient: a,
            clientConfig: t.clientConfig,
            parentClientConfig: t.parentClientConfig,
            callerClientConfig: t.callerClientConfig,
            profile: c,
            filepath: t.filepath,
            configFilepath: t.configFilepath,
            ignoreCache: t.ignoreCache,
            logger: t.logger,
          });
        } else {
          if (!r || !o || !n || !s)
            throw new x(
              'Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',
              { tryNextLink: !1, logger: t.logger },
            );
          return dm({
            ssoStartUrl: r,
            ssoSession: i,
            ssoAccountId: o,
            ssoRegion: n,
            ssoRoleName: s,
            ssoClient: a,
            clientConfig: t.clientConfig,
            parentClientConfig: t.parentClientConfig,
            callerClientConfig: t.callerClientConfig,
            profile: c,
            filepath: t.filepath,
            configFilepath: t.configFilepath,
            ignoreCache: t.ignoreCache,
            logger: t.logger,
          });
        }
      };
  });
var mm = {};
Ye(mm, { fromSSO: () => G0, isSsoProfile: () => Dc, validateSsoProfile: () => tp });
var fm = p(() => {
  V0();
  $u();
  um();
});
var z0,
  hm,
  j0 = p(() => {
    k();
    D();
    (z0 = (t, e, r) => {
      const o = {
        EcsContainer: async (n) => {
          const { fromHttp: s } = await Promise.resolve().then(() => (Uu(), Lu)),
            { fromContainerMetadata: i } = await Promise.resolve().then(() => (Rc(), Cc));
          return (
            r?.debug('@aws-sdk/credential-provider-ini - credential_source is EcsContainer'),
            async () => so(s(n ?? {}), i(n))().then(hm)
          );
        },
        Ec2InstanceMetadata: async (n) => {
          r?.debug('@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata');
          const { fromInstanceMetadata: s } = await Promise.resolve().then(() => (Rc(), Cc));
          return async () => s(n)().then(hm);
        },
        Environment: async (n) => {
          r?.debug('@aws-sdk/credential-provider-ini - credential_source is Environment');
          const { fromEnv: s } = await Promise.resolve().then(() => (bu(), FI));
          return async () => s(n)().then(hm);
        },
      };
      if (t in o) return o[t];
      throw new x(
        `Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
        { logger: r },
      );
    }),
      (hm = (t) => M(t, 'CREDENTIALS_PROFILE_NAMED_PROVIDER', 'p'));
  });
var Ms,
  W0 = p(() => {
    Ms = { CrtSignerV4: null };
  });
function q0(t) {
  return { accessKeyId: t.accessKeyId, secretAccessKey: t.secretAccessKey, expiration: t.expiration };
}
function X0(t, e) {
  const r = t.credentialProvider;
  t.credentialProvider = () => ((t.credentialProvider = r), Promise.resolve(e));
}
var gm,
  K0,
  rp,
  J0 = p(() => {
    ka();
    (gm = 'X-Amz-S3session-Token'),
      (K0 = gm.toLowerCase()),
      (rp = class extends Vr {
        async signWithCredentials(e, r, o) {
          const n = q0(r);
          e.headers[K0] = r.sessionToken;
          return (X0(this, n), this.signRequest(e, o ?? {}));
        }
        async presignWithCredentials(e, r, o) {
          const n = q0(r);
          return (
            delete e.headers[K0],
            (e.headers[gm] = r.sessionToken),
            (e.query = e.query ?? {}),
            (e.query[gm] = r.sessionToken),
            X0(this, n),
            this.presign(e, o)
          );
        }
      });
  });
var wo,
  Y0 = p(() => {
    ka();
    W0();
    J0();
    wo = class {
      sigv4aSigner;
      sigv4Signer;
      signerOptions;
      static sigv4aDependency() {
        return typeof Ms.CrtSignerV4 == 'function'
          ? 'crt'
          : typeof Na.SignatureV4a == 'function'
            ? 'js'
            : 'none';
      }
      constructor(e) {
        (this.sigv4Signer = new rp(e)), (this.signerOptions = e);
      }
      async sign(e, r = {}) {
        return r.signingRegion === '*' ? this.getSigv4aSigner().sign(e, r) : this.sigv4Signer.sign(e, r);
      }
      async signWithCredentials(e, r, o = {}) {
        if (o.signingRegion === '*') {
          const n = this.getSigv4aSigner(),
            s = Ms.CrtSignerV4;
          if (s && n instanceof s) return n.signWithCredentials(e, r, o);
          throw new Error(
            `signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
          );
        }
        return this.sigv4Signer.signWithCredentials(e, r, o);
      }
      async presign(e, r = {}) {
        if (r.signingRegion === '*') {
          const o = this.getSigv4aSigner(),
            n = Ms.CrtSignerV4;
          if (n && o instanceof n) return o.presign(e, r);
          throw new Error(
            `presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
          );
        }
        return this.sigv4Signer.presign(e, r);
      }
      async presignWithCredentials(e, r, o = {}) {
        if (o.signingRegion === '*')
          throw new Error('Method presignWithCredentials is not supported for [signingRegion=*].');
        return this.sigv4Signer.presignWithCredentials(e, r, o);
      }
      getSigv4aSigner() {
        if (!this.sigv4aSigner) {
          const e = Ms.CrtSignerV4,
            r = Na.SignatureV4a;
          if (this.signerOptions.runtime === 'node') {
            if (!e && !r)
              throw new Error(
                'Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt',
              );
            if (e && typeof e == 'function')
              this.sigv4aSigner = new e({ ...this.signerOptions, signingAlgorithm: 1 });
            else if (r && typeof r == 'function') this.sigv4aSigner = new r({ ...this.signerOptions });
            else
              throw new Error(
                "Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt",
              );
          } else {
            if (!r || typeof r != 'function')
              throw new Error(
                "JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a",
              );
            this.sigv4aSigner = new r({ ...this.signerOptions });
          }
        }
        return this.sigv4aSigner;
      }
    };
  });
var Sm = p(() => {
  Y0();
});
var mn,
  Ao,
  Ls,
  Q0,
  iA,
  Us,
  _e,
  ym,
  Z0,
  eA,
  tA,
  rA,
  oA,
  Ie,
  Em,
  un,
  nA,
  sA,
  KM,
  V,
  qM,
  aA,
  cA = p(() => {
    Y();
    (mn = 'ref'),
      (Ao = -1),
      (Ls = !0),
      (Q0 = 'isSet'),
      (iA = 'PartitionResult'),
      (Us = 'booleanEquals'),
      (_e = 'stringEquals'),
      (ym = 'getAttr'),
      (Z0 = 'us-east-1'),
      (eA = 'sigv4'),
      (tA = 'sts'),
      (rA = 'https://sts.{Region}.{PartitionResult#dnsSuffix}'),
      (oA = { [mn]: 'Endpoint' }),
      (Ie = { [mn]: 'Region' }),
      (Em = { [mn]: iA }),
      (un = {}),
      (nA = [Ie]),
      (sA = {
        conditions: [
          [Q0, [oA]],
          [Q0, nA],
          ['aws.partition', nA, iA],
          [Us, [{ [mn]: 'UseFIPS' }, Ls]],
          [Us, [{ [mn]: 'UseDualStack' }, Ls]],
          [_e, [Ie, 'aws-global']],
          [Us, [{ [mn]: 'UseGlobalEndpoint' }, Ls]],
          [_e, [Ie, 'eu-central-1']],
          [Us, [{ fn: ym, argv: [Em, 'supportsDualStack'] }, Ls]],
          [Us, [{ fn: ym, argv: [Em, 'supportsFIPS'] }, Ls]],
          [_e, [Ie, 'ap-south-1']],
          [_e, [Ie, 'eu-north-1']],
          [_e, [Ie, 'eu-west-1']],
          [_e, [Ie, 'eu-west-2']],
          [_e, [Ie, 'eu-west-3']],
          [_e, [Ie, 'sa-east-1']],
          [_e, [Ie, Z0]],
          [_e, [Ie, 'us-east-2']],
          [_e, [Ie, 'us-west-2']],
          [_e, [Ie, 'us-west-1']],
          [_e, [Ie, 'ca-central-1']],
          [_e, [Ie, 'ap-southeast-1']],
          [_e, [Ie, 'ap-northeast-1']],
          [_e, [Ie, 'ap-southeast-2']],
          [_e, [{ fn: ym, argv: [Em, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [Ao],
          ['https://sts.amazonaws.com', { authSchemes: [{ name: eA, signingName: tA, signingRegion: Z0 }] }],
          [rA, { authSchemes: [{ name: eA, signingName: tA, signingRegion: '{Region}' }] }],
          [Ao, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [Ao, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [oA, un],
          ['https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', un],
          [Ao, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://sts.{Region}.amazonaws.com', un],
          ['https://sts-fips.{Region}.{PartitionResult#dnsSuffix}', un],
          [Ao, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}', un],
          [Ao, 'DualStack is enabled but this partition does not support DualStack'],
          [rA, un],
          [Ao, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (KM = 2),
      (V = 1e8),
      (qM = new Int32Array([
        -1,
        1,
        -1,
        0,
        30,
        3,
        1,
        4,
        V + 14,
        2,
        5,
        V + 14,
        3,
        25,
        6,
        4,
        24,
        7,
        5,
        V + 1,
        8,
        6,
        9,
        V + 13,
        7,
        V + 1,
        10,
        10,
        V + 1,
        11,
        11,
        V + 1,
        12,
        12,
        V + 1,
        13,
        13,
        V + 1,
        14,
        14,
        V + 1,
        15,
        15,
        V + 1,
        16,
        16,
        V + 1,
        17,
        17,
        V + 1,
        18,
        18,
        V + 1,
        19,
        19,
        V + 1,
        20,
        20,
        V + 1,
        21,
        21,
        V + 1,
        22,
        22,
        V + 1,
        23,
        23,
        V + 1,
        V + 2,
        8,
        V + 11,
        V + 12,
        4,
        28,
        26,
        9,
        27,
        V + 10,
        24,
        V + 8,
        V + 9,
        8,
        29,
        V + 7,
        9,
        V + 6,
        V + 7,
        3,
        V + 3,
        31,
        4,
        V + 4,
        V + 5,
      ])),
      (aA = nt.from(qM, KM, sA.conditions, sA.results));
  });
var XM,
  op,
  xm = p(() => {
    k();
    Y();
    cA();
    (XM = new st({
      size: 50,
      params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS', 'UseGlobalEndpoint'],
    })),
      (op = (t, e = {}) => XM.get(t, () => Lt(aA, { endpointParams: t, logger: e.logger })));
    $e.aws = ft;
  });
function lA(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'sts', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function _m(t) {
  return {
    schemeId: 'aws.auth#sigv4a',
    signingProperties: { name: 'sts', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function dA(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var JM,
  YM,
  pA,
  QM,
  ZM,
  uA,
  mA,
  Im = p(() => {
    Re();
    Sm();
    b();
    Y();
    xm();
    (JM = (t) => async (e, r, o) => {
      if (!o)
        throw new Error(
          'Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`',
        );
      const n = await t(e, r, o),
        s = ee(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!s) throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);
      const i = await ki(o, { getEndpointParameterInstructions: s }, e);
      return Object.assign(n, i);
    }),
      (YM = async (t, e, r) => ({
        operation: ee(e).operation,
        region:
          (await W(t.region)()) ||
          (() => {
            throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
          })(),
      })),
      (pA = JM(YM));
    (QM = (t, e, r) => (n) => {
      const i = t(n).properties?.authSchemes;
      if (!i) return e(n);
      const a = [];
      for (const c of i) {
        const { name: l, properties: d = {}, ...u } = c,
          m = l.toLowerCase();
        l !== m && console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);
        let f;
        if (m === 'sigv4a') {
          f = 'aws.auth#sigv4a';
          const g = i.find((y) => {
            const E = y.name.toLowerCase();
            return E !== 'sigv4a' && E.startsWith('sigv4');
          });
          if (wo.sigv4aDependency() === 'none' && g) continue;
        } else if (m.startsWith('sigv4')) f = 'aws.auth#sigv4';
        else throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);
        const h = r[f];
        if (!h) throw new Error(`Could not find HttpAuthOption create function for '${f}'`);
        const S = h(n);
        (S.schemeId = f), (S.signingProperties = { ...(S.signingProperties || {}), ...u, ...d }), a.push(S);
      }
      return a;
    }),
      (ZM = (t) => {
        const e = [];
        return (
          t.operation === 'AssumeRoleWithWebIdentity'
            ? (e.push(dA(t)), e.push(_m(t)))
            : (e.push(lA(t)), e.push(_m(t))),
          e
        );
      }),
      (uA = QM(op, ZM, { 'aws.auth#sigv4': lA, 'aws.auth#sigv4a': _m, 'smithy.api#noAuth': dA })),
      (mA = (t) => {
        const e = gr(t),
          r = Aa(e);
        return Object.assign(r, { authSchemePreference: W(t.authSchemePreference ?? []) });
      });
  });
var fA,
  hA,
  Tm = p(() => {
    (fA = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        useGlobalEndpoint: t.useGlobalEndpoint ?? !1,
        defaultSigningName: 'sts',
      })),
      (hA = {
        UseGlobalEndpoint: { type: 'builtInParams', name: 'useGlobalEndpoint' },
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var Xe,
  np = p(() => {
    b();
    Xe = class t extends Qe {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var $s,
  Bs,
  Fs,
  Hs,
  Gs,
  Vs,
  zs,
  wm = p(() => {
    np();
    ($s = class t extends Xe {
      static shapeId = 'com.amazonaws.sts#ExpiredTokenException';
      name = 'ExpiredTokenException';
      $fault = 'client';
      constructor(e) {
        super({ name: 'ExpiredTokenException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    }),
      (Bs = class t extends Xe {
        static shapeId = 'com.amazonaws.sts#MalformedPolicyDocumentException';
        name = 'MalformedPolicyDocumentException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'MalformedPolicyDocumentException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Fs = class t extends Xe {
        static shapeId = 'com.amazonaws.sts#PackedPolicyTooLargeException';
        name = 'PackedPolicyTooLargeException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'PackedPolicyTooLargeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Hs = class t extends Xe {
        static shapeId = 'com.amazonaws.sts#RegionDisabledException';
        name = 'RegionDisabledException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'RegionDisabledException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Gs = class t extends Xe {
        static shapeId = 'com.amazonaws.sts#IDPRejectedClaimException';
        name = 'IDPRejectedClaimException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'IDPRejectedClaimException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Vs = class t extends Xe {
        static shapeId = 'com.amazonaws.sts#InvalidIdentityTokenException';
        name = 'InvalidIdentityTokenException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'InvalidIdentityTokenException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (zs = class t extends Xe {
        static shapeId = 'com.amazonaws.sts#IDPCommunicationErrorException';
        name = 'IDPCommunicationErrorException';
        $fault = 'client';
        $retryable = {};
        constructor(e) {
          super({ name: 'IDPCommunicationErrorException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      });
  });
var eL,
  tL,
  rL,
  oL,
  nL,
  sL,
  Am,
  iL,
  aL,
  cL,
  pL,
  bm,
  lL,
  gA,
  dL,
  uL,
  mL,
  fL,
  hL,
  gL,
  SL,
  yL,
  SA,
  yA,
  EA,
  EL,
  xL,
  _L,
  IL,
  TL,
  wL,
  xA,
  AL,
  bL,
  _A,
  CL,
  IA,
  RL,
  vL,
  Cm,
  OL,
  DL,
  TA,
  wA,
  PL,
  NL,
  kL,
  ML,
  LL,
  UL,
  $L,
  BL,
  bo,
  Co,
  FL,
  Ro,
  vo,
  Oo,
  HL,
  AA,
  GL,
  Q,
  bA,
  CA,
  Xr,
  RA,
  vA,
  OA,
  DA,
  PA,
  NA,
  kA,
  Rm,
  VL,
  zL,
  vm,
  MA,
  LA,
  UA,
  $A,
  Om,
  BA,
  FA,
  HA,
  GA,
  jL,
  WL,
  Dm,
  Pm,
  js = p(() => {
    K();
    wm();
    np();
    (eL = 'Arn'),
      (tL = 'AccessKeyId'),
      (rL = 'AssumeRole'),
      (oL = 'AssumedRoleId'),
      (nL = 'AssumeRoleRequest'),
      (sL = 'AssumeRoleResponse'),
      (Am = 'AssumedRoleUser'),
      (iL = 'AssumeRoleWithWebIdentity'),
      (aL = 'AssumeRoleWithWebIdentityRequest'),
      (cL = 'AssumeRoleWithWebIdentityResponse'),
      (pL = 'Audience'),
      (bm = 'Credentials'),
      (lL = 'ContextAssertion'),
      (gA = 'DurationSeconds'),
      (dL = 'Expiration'),
      (uL = 'ExternalId'),
      (mL = 'ExpiredTokenException'),
      (fL = 'IDPCommunicationErrorException'),
      (hL = 'IDPRejectedClaimException'),
      (gL = 'InvalidIdentityTokenException'),
      (SL = 'Key'),
      (yL = 'MalformedPolicyDocumentException'),
      (SA = 'MinimumSessionTokenSize'),
      (yA = 'Policy'),
      (EA = 'PolicyArns'),
      (EL = 'ProviderArn'),
      (xL = 'ProvidedContexts'),
      (_L = 'ProvidedContextsListType'),
      (IL = 'ProvidedContext'),
      (TL = 'PolicyDescriptorType'),
      (wL = 'ProviderId'),
      (xA = 'PackedPolicySize'),
      (AL = 'PackedPolicyTooLargeException'),
      (bL = 'Provider'),
      (_A = 'RoleArn'),
      (CL = 'RegionDisabledException'),
      (IA = 'RoleSessionName'),
      (RL = 'SecretAccessKey'),
      (vL = 'SubjectFromWebIdentityToken'),
      (Cm = 'SourceIdentity'),
      (OL = 'SerialNumber'),
      (DL = 'SessionToken'),
      (TA = 'SessionTokenSize'),
      (wA = 'SessionTokenUtilization'),
      (PL = 'Tags'),
      (NL = 'TokenCode'),
      (kL = 'TransitiveTagKeys'),
      (ML = 'Tag'),
      (LL = 'Value'),
      (UL = 'WebIdentityToken'),
      ($L = 'arn'),
      (BL = 'accessKeySecretType'),
      (bo = 'awsQueryError'),
      (Co = 'client'),
      (FL = 'clientTokenType'),
      (Ro = 'error'),
      (vo = 'httpError'),
      (Oo = 'message'),
      (HL = 'policyDescriptorListType'),
      (AA = 'smithy.ts.sdk.synthetic.com.amazonaws.sts'),
      (GL = 'tagListType'),
      (Q = 'com.amazonaws.sts'),
      (bA = new X(AA)),
      (CA = [-3, AA, 'STSServiceException', 0, [], []]);
    bA.registerError(CA, Xe);
    (Xr = new X(Q)),
      (RA = [-3, Q, mL, { [bo]: ['ExpiredTokenException', 400], [Ro]: Co, [vo]: 400 }, [Oo], [0]]);
    Xr.registerError(RA, $s);
    vA = [-3, Q, fL, { [bo]: ['IDPCommunicationError', 400], [Ro]: Co, [vo]: 400 }, [Oo], [0]];
    Xr.registerError(vA, zs);
    OA = [-3, Q, hL, { [bo]: ['IDPRejectedClaim', 403], [Ro]: Co, [vo]: 403 }, [Oo], [0]];
    Xr.registerError(OA, Gs);
    DA = [-3, Q, gL, { [bo]: ['InvalidIdentityToken', 400], [Ro]: Co, [vo]: 400 }, [Oo], [0]];
    Xr.registerError(DA, Vs);
    PA = [-3, Q, yL, { [bo]: ['MalformedPolicyDocument', 400], [Ro]: Co, [vo]: 400 }, [Oo], [0]];
    Xr.registerError(PA, Bs);
    NA = [-3, Q, AL, { [bo]: ['PackedPolicyTooLarge', 400], [Ro]: Co, [vo]: 400 }, [Oo], [0]];
    Xr.registerError(NA, Fs);
    kA = [-3, Q, CL, { [bo]: ['RegionDisabledException', 403], [Ro]: Co, [vo]: 403 }, [Oo], [0]];
    Xr.registerError(kA, Hs);
    (Rm = [bA, Xr]),
      (VL = [0, Q, BL, 8, 0]),
      (zL = [0, Q, FL, 8, 0]),
      (vm = [3, Q, Am, 0, [oL, eL], [0, 0], 2]),
      (MA = [
        3,
        Q,
        nL,
        0,
        [_A, IA, EA, yA, gA, PL, kL, uL, OL, NL, Cm, xL, SA],
        [0, 0, () => GA, 0, 1, () => WL, 64, 0, 0, 0, 0, () => jL, 1],
        2,
      ]),
      (LA = [3, Q, sL, 0, [bm, Am, xA, Cm, wA, TA], [[() => Om, 0], () => vm, 1, 0, 1, 1]]),
      (UA = [3, Q, aL, 0, [_A, IA, UL, wL, EA, yA, gA, SA], [0, 0, [() => zL, 0], 0, () => GA, 0, 1, 1], 3]),
      ($A = [
        3,
        Q,
        cL,
        0,
        [bm, vL, Am, xA, bL, pL, Cm, wA, TA],
        [[() => Om, 0], 0, () => vm, 1, 0, 0, 0, 1, 1],
      ]),
      (Om = [3, Q, bm, 0, [tL, RL, DL, dL], [0, [() => VL, 0], 0, 4], 4]),
      (BA = [3, Q, TL, 0, [$L], [0]]),
      (FA = [3, Q, IL, 0, [EL, lL], [0, 0]]),
      (HA = [3, Q, ML, 0, [SL, LL], [0, 0], 2]),
      (GA = [1, Q, HL, 0, () => BA]),
      (jL = [1, Q, _L, 0, () => FA]),
      (WL = [1, Q, GL, 0, () => HA]),
      (Dm = [9, Q, rL, 0, () => MA, () => LA]),
      (Pm = [9, Q, iL, 0, () => UA, () => $A]);
  });
var VA,
  zA = p(() => {
    Re();
    _o();
    Sm();
    Ce();
    kr();
    b();
    N();
    R();
    Im();
    xm();
    js();
    VA = (t) => ({
      apiVersion: '2011-06-15',
      base64Decoder: t?.base64Decoder ?? de,
      base64Encoder: t?.base64Encoder ?? ae,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? op,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? uA,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ge(),
        },
        {
          schemeId: 'aws.auth#sigv4a',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4a'),
          signer: new Gr(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new Be(),
        },
      ],
      logger: t?.logger ?? new Ne(),
      protocol: t?.protocol ?? Ss,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.sts',
        errorTypeRegistries: Rm,
        xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
        version: '2011-06-15',
        serviceTarget: 'AWSSecurityTokenServiceV20110615',
      },
      serviceId: t?.serviceId ?? 'STS',
      sha256: t?.sha256 ?? pt,
      signerConstructor: t?.signerConstructor ?? wo,
      urlParser: t?.urlParser ?? fe,
      utf8Decoder: t?.utf8Decoder ?? te,
      utf8Encoder: t?.utf8Encoder ?? J,
    });
  });
var jA,
  WA = p(() => {
    hs();
    k();
    Re();
    Ce();
    b();
    D();
    mt();
    R();
    xo();
    zA();
    jA = (t) => {
      wt(process.version);
      const e = Mt(t),
        r = () => e().then(Tt),
        o = VA(t);
      Rt(process.version);
      const n = { profile: t?.profile, logger: o.logger };
      return {
        ...o,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? T(ht, n),
        bodyLengthChecker: t?.bodyLengthChecker ?? Ot,
        defaultSocketTimeout: vt(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? Xt({ serviceId: o.serviceId, clientVersion: Wr.version }),
        httpAuthSchemes: t?.httpAuthSchemes ?? [
          {
            schemeId: 'aws.auth#sigv4',
            identityProvider: (s) =>
              s.getIdentityProvider('aws.auth#sigv4') ||
              (async (i) => await t.credentialDefaultProvider(i?.__config || {})()),
            signer: new ge(),
          },
          {
            schemeId: 'aws.auth#sigv4a',
            identityProvider: (s) => s.getIdentityProvider('aws.auth#sigv4a'),
            signer: new Gr(),
          },
          {
            schemeId: 'smithy.api#noAuth',
            identityProvider: (s) => s.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
            signer: new Be(),
          },
        ],
        maxAttempts: t?.maxAttempts ?? T(ut, t),
        region: t?.region ?? T(Ue, { ...ot, ...n }),
        requestHandler: Fe.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? T({ ...Kt, default: async () => (await r()).retryMode || at }, t),
        sigv4aSigningRegionSet: t?.sigv4aSigningRegionSet ?? T(ba, n),
        streamCollector: t?.streamCollector ?? je,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? T(Pt, n),
        useFipsEndpoint: t?.useFipsEndpoint ?? T(Nt, n),
        userAgentAppId: t?.userAgentAppId ?? T(Jt, n),
      };
    };
  });
var KA,
  qA,
  XA = p(() => {
    (KA = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        o = t.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = e.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? e.push(n) : e.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (qA = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var JA,
  YA = p(() => {
    k();
    b();
    N();
    XA();
    JA = (t, e) => {
      const r = Object.assign(Yt(t), At(t), Ut(t), KA(t));
      return (e.forEach((o) => o.configure(r)), Object.assign(t, Qt(r), bt(r), $t(r), qA(r)));
    };
  });
var Jr,
  sp = p(() => {
    k();
    Ce();
    b();
    D();
    Y();
    N();
    mt();
    K();
    Im();
    Tm();
    WA();
    YA();
    Jr = class extends he {
      config;
      constructor(...[e]) {
        const r = jA(e || {});
        super(r), (this.initConfig = r);
        const o = fA(r),
          n = jt(o),
          s = Wt(n),
          i = kt(s),
          a = i,
          c = pr(a),
          l = mA(c),
          d = JA(l, e?.extensions || []);
        (this.config = d),
          this.middlewareStack.use(It(this.config)),
          this.middlewareStack.use(qt(this.config)),
          this.middlewareStack.use(fr(this.config)),
          this.middlewareStack.use(Bt(this.config)),
          this.middlewareStack.use(Ht(this.config)),
          this.middlewareStack.use(Gt(this.config)),
          this.middlewareStack.use(Vt(this.config)),
          this.middlewareStack.use(
            lt(this.config, {
              httpAuthSchemeParametersProvider: pA,
              identityProviderConfigProvider: async (u) =>
                new We({ 'aws.auth#sigv4': u.credentials, 'aws.auth#sigv4a': u.credentials }),
            }),
          ),
          this.middlewareStack.use(dt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var ip,
  ap,
  cp,
  Nm = p(() => {
    b();
    Y();
    Tm();
    (ip = Ct(hA, 'AWSSecurityTokenServiceV20110615', 'STSClient', lr)), (ap = {}), (cp = (t, e, r, o) => []);
  });
var Do,
  pp = p(() => {
    Nm();
    js();
    Do = class extends ip(ap, cp, 'AssumeRole', Dm) {};
  });
var Po,
  lp = p(() => {
    Nm();
    js();
    Po = class extends ip(ap, cp, 'AssumeRoleWithWebIdentity', Pm) {};
  });
var KL,
  dp,
  QA = p(() => {
    b();
    pp();
    lp();
    sp();
    (KL = { AssumeRoleCommand: Do, AssumeRoleWithWebIdentityCommand: Po }), (dp = class extends Jr {});
    xr(KL, dp);
  });
var ZA = p(() => {
  pp();
  lp();
});
var eb = p(() => {});
var tb,
  rb,
  ob,
  nb,
  sb,
  ib = p(() => {
    k();
    pp();
    lp();
    (tb = (t) => {
      if (typeof t?.Arn == 'string') {
        const e = t.Arn.split(':');
        if (e.length > 4 && e[4] !== '') return e[4];
      }
    }),
      (rb = async (t, e, r, o = {}) => {
        let n = typeof t == 'function' ? await t() : t,
          s = typeof e == 'function' ? await e() : e,
          i = '',
          a = n ?? s ?? (i = await Xd(o)());
        return (
          r?.debug?.(
            '@aws-sdk/client-sts::resolveRegion',
            'accepting first of:',
            `${n} (credential provider clientConfig)`,
            `${s} (contextual client)`,
            `${i} (STS default: AWS_REGION, profile region, or us-east-1)`,
          ),
          a
        );
      }),
      (ob = (t, e) => {
        let r, o;
        return async (n, s) => {
          if (((o = n), !r)) {
            const {
                logger: d = t?.parentClientConfig?.logger,
                profile: u = t?.parentClientConfig?.profile,
                region: m,
                requestHandler: f = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: h,
                userAgentAppId: S = t?.parentClientConfig?.userAgentAppId,
              } = t,
              g = await rb(m, t?.parentClientConfig?.region, h, { logger: d, profile: u }),
              y = !sb(f);
            r = new e({
              ...t,
              userAgentAppId: S,
              profile: u,
              credentialDefaultProvider: () => async () => o,
              region: g,
              requestHandler: y ? f : void 0,
              logger: d,
            });
          }
          const { Credentials: i, AssumedRoleUser: a } = await r.send(new Do(s));
          if (!i || !i.AccessKeyId || !i.SecretAccessKey)
            throw new Error(`Invalid response from STS.assumeRole call with role ${s.RoleArn}`);
          const c = tb(a),
            l = {
              accessKeyId: i.AccessKeyId,
              secretAccessKey: i.SecretAccessKey,
              sessionToken: i.SessionToken,
              expiration: i.Expiration,
              ...(i.CredentialScope && { credentialScope: i.CredentialScope }),
              ...(c && { accountId: c }),
            };
          return (M(l, 'CREDENTIALS_STS_ASSUME_ROLE', 'i'), l);
        };
      }),
      (nb = (t, e) => {
        let r;
        return async (o) => {
          if (!r) {
            const {
                logger: c = t?.parentClientConfig?.logger,
                profile: l = t?.parentClientConfig?.profile,
                region: d,
                requestHandler: u = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: m,
                userAgentAppId: f = t?.parentClientConfig?.userAgentAppId,
              } = t,
              h = await rb(d, t?.parentClientConfig?.region, m, { logger: c, profile: l }),
              S = !sb(u);
            r = new e({
              ...t,
              userAgentAppId: f,
              profile: l,
              region: h,
              requestHandler: S ? u : void 0,
              logger: c,
            });
          }
          const { Credentials: n, AssumedRoleUser: s } = await r.send(new Po(o));
          if (!n || !n.AccessKeyId || !n.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`,
            );
          const i = tb(s),
            a = {
              accessKeyId: n.AccessKeyId,
              secretAccessKey: n.SecretAccessKey,
              sessionToken: n.SessionToken,
              expiration: n.Expiration,
              ...(n.CredentialScope && { credentialScope: n.CredentialScope }),
              ...(i && { accountId: i }),
            };
          return (i && M(a, 'RESOLVED_ACCOUNT_ID', 'T'), M(a, 'CREDENTIALS_STS_ASSUME_ROLE_WEB_ID', 'k'), a);
        };
      }),
      (sb = (t) => t?.metadata?.handlerProtocol === 'h2');
  });
var ab,
  cb,
  pb,
  qL,
  lb = p(() => {
    ib();
    sp();
    (ab = (t, e) =>
      e
        ? class extends t {
            constructor(o) {
              super(o);
              for (const n of e) this.middlewareStack.use(n);
            }
          }
        : t),
      (cb = (t = {}, e) => ob(t, ab(Jr, e))),
      (pb = (t = {}, e) => nb(t, ab(Jr, e))),
      (qL = (t) => (e) => t({ roleAssumer: cb(e), roleAssumerWithWebIdentity: pb(e), ...e }));
  });
var km = {};
Ye(km, {
  $Command: () => ze,
  AssumeRole$: () => Dm,
  AssumeRoleCommand: () => Do,
  AssumeRoleRequest$: () => MA,
  AssumeRoleResponse$: () => LA,
  AssumeRoleWithWebIdentity$: () => Pm,
  AssumeRoleWithWebIdentityCommand: () => Po,
  AssumeRoleWithWebIdentityRequest$: () => UA,
  AssumeRoleWithWebIdentityResponse$: () => $A,
  AssumedRoleUser$: () => vm,
  Credentials$: () => Om,
  ExpiredTokenException: () => $s,
  ExpiredTokenException$: () => RA,
  IDPCommunicationErrorException: () => zs,
  IDPCommunicationErrorException$: () => vA,
  IDPRejectedClaimException: () => Gs,
  IDPRejectedClaimException$: () => OA,
  InvalidIdentityTokenException: () => Vs,
  InvalidIdentityTokenException$: () => DA,
  MalformedPolicyDocumentException: () => Bs,
  MalformedPolicyDocumentException$: () => PA,
  PackedPolicyTooLargeException: () => Fs,
  PackedPolicyTooLargeException$: () => NA,
  PolicyDescriptorType$: () => BA,
  ProvidedContext$: () => FA,
  RegionDisabledException: () => Hs,
  RegionDisabledException$: () => kA,
  STS: () => dp,
  STSClient: () => Jr,
  STSServiceException: () => Xe,
  STSServiceException$: () => CA,
  Tag$: () => HA,
  __Client: () => he,
  decorateDefaultCredentialProvider: () => qL,
  errorTypeRegistries: () => Rm,
  getDefaultRoleAssumer: () => cb,
  getDefaultRoleAssumerWithWebIdentity: () => pb,
});
var Mm = p(() => {
  sp();
  QA();
  ZA();
  b();
  js();
  wm();
  eb();
  lb();
  np();
});
var ub,
  XL,
  JL,
  mb,
  db,
  fb = p(() => {
    k();
    D();
    j0();
    (ub = (t, { profile: e = 'default', logger: r } = {}) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.role_arn == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.role_session_name) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.external_id) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.mfa_serial) > -1 &&
      (XL(t, { profile: e, logger: r }) || JL(t, { profile: e, logger: r }))),
      (XL = (t, { profile: e, logger: r }) => {
        const o = typeof t.source_profile == 'string' && typeof t.credential_source > 'u';
        return (
          o && r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`), o
        );
      }),
      (JL = (t, { profile: e, logger: r }) => {
        const o = typeof t.credential_source == 'string' && typeof t.source_profile > 'u';
        return (
          o && r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`), o
        );
      }),
      (mb = async (t, e, r, o, n = {}, s) => {
        r.logger?.debug('@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)');
        const i = e[t],
          { source_profile: a, region: c } = i;
        if (!r.roleAssumer) {
          const { getDefaultRoleAssumer: d } = await Promise.resolve().then(() => (Mm(), km));
          r.roleAssumer = d(
            {
              ...r.clientConfig,
              credentialProviderLogger: r.logger,
              parentClientConfig: {
                ...o,
                ...r?.parentClientConfig,
                region: c ?? r?.parentClientConfig?.region ?? o?.region,
              },
            },
            r.clientPlugins,
          );
        }
        if (a && a in n)
          throw new x(
            `Detected a cycle attempting to resolve credentials for profile ${Le(r)}. Profiles visited: ` +
              Object.keys(n).join(', '),
            { logger: r.logger },
          );
        r.logger?.debug(
          `@aws-sdk/credential-provider-ini - finding credential resolver using ${a ? `source_profile=[${a}]` : `profile=[${t}]`}`,
        );
        const l = a
          ? s(a, e, r, o, { ...n, [a]: !0 }, db(e[a] ?? {}))
          : (await z0(i.credential_source, t, r.logger)(r))();
        if (db(i)) return l.then((d) => M(d, 'CREDENTIALS_PROFILE_SOURCE_PROFILE', 'o'));
        {
          const d = {
              RoleArn: i.role_arn,
              RoleSessionName: i.role_session_name || `aws-sdk-js-${Date.now()}`,
              ExternalId: i.external_id,
              DurationSeconds: parseInt(i.duration_seconds || '3600', 10),
            },
            { mfa_serial: u } = i;
          if (u) {
            if (!r.mfaCodeProvider)
              throw new x(
                `Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
                { logger: r.logger, tryNextLink: !1 },
              );
            (d.SerialNumber = u), (d.TokenCode = await r.mfaCodeProvider(u));
          }
          const m = await l;
          return r.roleAssumer(m, d).then((f) => M(f, 'CREDENTIALS_PROFILE_SOURCE_PROFILE', 'o'));
        }
      }),
      (db = (t) => !t.role_arn && !!t.credential_source);
  });
function YL(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'signin', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function QL(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var hb,
  gb,
  Sb,
  Lm = p(() => {
    Re();
    b();
    hb = async (t, e, r) => ({
      operation: ee(e).operation,
      region:
        (await W(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (gb = (t) => {
      const e = [];
      return (t.operation === 'CreateOAuth2Token' ? e.push(QL(t)) : e.push(YL(t)), e);
    }),
      (Sb = (t) => {
        const e = gr(t);
        return Object.assign(e, { authSchemePreference: W(t.authSchemePreference ?? []) });
      });
  });
var yb,
  Eb,
  Um = p(() => {
    (yb = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'signin',
      })),
      (Eb = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var Zr,
  Yr,
  xb,
  fn,
  _b,
  hn,
  Ib,
  Bm,
  Cr,
  $m,
  Tb,
  wb,
  Qr,
  Rb,
  Ab,
  up,
  ve,
  bb,
  Cb,
  ZL,
  $,
  eU,
  vb,
  Ob = p(() => {
    Y();
    (Zr = 'ref'),
      (Yr = -1),
      (xb = !1),
      (fn = !0),
      (_b = 'isSet'),
      (hn = 'booleanEquals'),
      (Ib = 'coalesce'),
      (Bm = 'PartitionResult'),
      (Cr = 'stringEquals'),
      ($m = 'getAttr'),
      (Tb = 'https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}'),
      (wb = { [Zr]: 'Endpoint' }),
      (Qr = { fn: $m, argv: [{ [Zr]: Bm }, 'name'] }),
      (Rb = { [Zr]: 'Region' }),
      (Ab = { [Zr]: Bm }),
      (up = { authSchemes: [{ name: 'sigv4', signingName: 'signin', signingRegion: '{Region}' }] }),
      (ve = {}),
      (bb = [Rb]),
      (Cb = {
        conditions: [
          [_b, bb],
          [hn, [{ fn: Ib, argv: [{ [Zr]: 'IsControlPlane' }, xb] }, fn]],
          [_b, [wb]],
          ['aws.partition', bb, Bm],
          [hn, [{ [Zr]: 'UseFIPS' }, fn]],
          [Cr, [Qr, 'aws']],
          [hn, [{ fn: Ib, argv: [{ [Zr]: 'IsOAuthEndpoint' }, xb] }, fn]],
          [hn, [{ [Zr]: 'UseDualStack' }, fn]],
          [Cr, [Qr, 'aws-cn']],
          [Cr, [Rb, 'us-gov-west-1']],
          [Cr, [Qr, 'aws-us-gov']],
          [hn, [{ fn: $m, argv: [Ab, 'supportsFIPS'] }, fn]],
          [Cr, [Qr, 'aws-iso']],
          [Cr, [Qr, 'aws-iso-b']],
          [Cr, [Qr, 'aws-iso-f']],
          [Cr, [Qr, 'aws-iso-e']],
          [Cr, [Qr, 'aws-eusc']],
          [hn, [{ fn: $m, argv: [Ab, 'supportsDualStack'] }, fn]],
        ],
        results: [
          [Yr],
          ['https://signin.{Region}.api.aws', up],
          ['https://signin.{Region}.api.amazonwebservices.com.cn', up],
          [Tb, up],
          [
            Yr,
            'FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation.',
          ],
          ['https://{Region}.oauth.signin.aws', up],
          ['https://{Region}.signin.aws.amazon.com', ve],
          ['https://{Region}.signin.amazonaws.cn', ve],
          ['https://{Region}.signin.amazonaws-us-gov.com', ve],
          ['https://{Region}.signin.c2shome.ic.gov', ve],
          ['https://{Region}.signin.sc2shome.sgov.gov', ve],
          ['https://{Region}.signin.csphome.hci.ic.gov', ve],
          ['https://{Region}.signin.csphome.adc-e.uk', ve],
          ['https://{Region}.signin.amazonaws-eusc.eu', ve],
          ['https://signin-fips.amazonaws-us-gov.com', ve],
          ['https://{Region}.signin-fips.amazonaws-us-gov.com', ve],
          ['https://{Region}.signin.{PartitionResult#dnsSuffix}', ve],
          [Yr, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [Yr, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [wb, ve],
          ['https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', ve],
          [Yr, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://signin-fips.{Region}.{PartitionResult#dnsSuffix}', ve],
          [Yr, 'FIPS is enabled but this partition does not support FIPS'],
          [Tb, ve],
          [Yr, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://signin.{Region}.{PartitionResult#dnsSuffix}', ve],
          [Yr, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (ZL = 2),
      ($ = 1e8),
      (eU = new Int32Array([
        -1,
        1,
        -1,
        0,
        6,
        3,
        2,
        36,
        4,
        4,
        5,
        $ + 27,
        6,
        $ + 4,
        $ + 27,
        1,
        29,
        7,
        2,
        36,
        8,
        3,
        9,
        31,
        4,
        22,
        10,
        5,
        19,
        11,
        7,
        21,
        12,
        8,
        $ + 7,
        13,
        10,
        $ + 8,
        14,
        12,
        $ + 9,
        15,
        13,
        $ + 10,
        16,
        14,
        $ + 11,
        17,
        15,
        $ + 12,
        18,
        16,
        $ + 13,
        $ + 16,
        6,
        $ + 5,
        20,
        7,
        21,
        $ + 6,
        17,
        $ + 24,
        $ + 25,
        6,
        $ + 4,
        23,
        7,
        27,
        24,
        9,
        $ + 14,
        25,
        10,
        $ + 15,
        26,
        11,
        $ + 22,
        $ + 23,
        11,
        28,
        $ + 21,
        17,
        $ + 20,
        $ + 21,
        2,
        35,
        30,
        3,
        39,
        31,
        4,
        32,
        $ + 27,
        6,
        $ + 4,
        33,
        7,
        $ + 27,
        34,
        9,
        $ + 14,
        $ + 27,
        3,
        39,
        36,
        4,
        38,
        37,
        7,
        $ + 18,
        $ + 19,
        6,
        $ + 4,
        $ + 17,
        5,
        $ + 1,
        40,
        8,
        $ + 2,
        $ + 3,
      ])),
      (vb = nt.from(eU, ZL, Cb.conditions, Cb.results));
  });
var tU,
  Db,
  Pb = p(() => {
    k();
    Y();
    Ob();
    (tU = new st({
      size: 50,
      params: ['Endpoint', 'IsControlPlane', 'IsOAuthEndpoint', 'Region', 'UseDualStack', 'UseFIPS'],
    })),
      (Db = (t, e = {}) => tU.get(t, () => Lt(vb, { endpointParams: t, logger: e.logger })));
    $e.aws = ft;
  });
var tr,
  mp = p(() => {
    b();
    tr = class t extends Qe {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Ws,
  Ks,
  qs,
  Xs,
  Fm = p(() => {
    mp();
    (Ws = class t extends tr {
      static shapeId = 'com.amazonaws.signin#AccessDeniedException';
      name = 'AccessDeniedException';
      $fault = 'client';
      error;
      constructor(e) {
        super({ name: 'AccessDeniedException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.error = e.error);
      }
    }),
      (Ks = class t extends tr {
        static shapeId = 'com.amazonaws.signin#InternalServerException';
        name = 'InternalServerException';
        $fault = 'server';
        error;
        constructor(e) {
          super({ name: 'InternalServerException', $fault: 'server', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      }),
      (qs = class t extends tr {
        static shapeId = 'com.amazonaws.signin#TooManyRequestsError';
        name = 'TooManyRequestsError';
        $fault = 'client';
        error;
        constructor(e) {
          super({ name: 'TooManyRequestsError', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      }),
      (Xs = class t extends tr {
        static shapeId = 'com.amazonaws.signin#ValidationException';
        name = 'ValidationException';
        $fault = 'client';
        error;
        constructor(e) {
          super({ name: 'ValidationException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      });
  });
var rU,
  oU,
  nU,
  sU,
  iU,
  aU,
  cU,
  pU,
  lU,
  dU,
  uU,
  mU,
  fU,
  hU,
  gU,
  Nb,
  Hm,
  SU,
  jm,
  kb,
  Mb,
  yU,
  eo,
  Gm,
  EU,
  Vm,
  xU,
  Fb,
  Wm,
  Lb,
  Te,
  hp,
  _U,
  fp,
  Ub,
  Hb,
  $b,
  Bb,
  IU,
  TU,
  wU,
  zm,
  AU,
  Oe,
  Gb,
  Vb,
  Js,
  zb,
  jb,
  Wb,
  Kb,
  Km,
  bU,
  qb,
  Xb,
  Jb,
  Yb,
  Qb,
  Zb,
  eC,
  tC,
  qm,
  Xm,
  Ys = p(() => {
    K();
    Fm();
    mp();
    (rU = 'AccessDeniedException'),
      (oU = 'AccessToken'),
      (nU = 'CreateOAuth2Token'),
      (sU = 'CreateOAuth2TokenRequest'),
      (iU = 'CreateOAuth2TokenRequestBody'),
      (aU = 'CreateOAuth2TokenResponseBody'),
      (cU = 'CreateOAuth2TokenResponse'),
      (pU = 'CreateOAuth2TokenWithIAM'),
      (lU = 'CreateOAuth2TokenWithIAMRequest'),
      (dU = 'CreateOAuth2TokenWithIAMResponse'),
      (uU = 'InternalServerException'),
      (mU = 'OAuthAccessToken'),
      (fU = 'RefreshToken'),
      (hU = 'TooManyRequestsError'),
      (gU = 'ValidationException'),
      (Nb = 'accessKeyId'),
      (Hm = 'accessToken'),
      (SU = 'access_token'),
      (jm = 'client'),
      (kb = 'clientId'),
      (Mb = 'codeVerifier'),
      (yU = 'code'),
      (eo = 'error'),
      (Gm = 'expiresIn'),
      (EU = 'expires_in'),
      (Vm = 'grantType'),
      (xU = 'grant_type'),
      (Fb = 'http'),
      (Wm = 'httpError'),
      (Lb = 'idToken'),
      (Te = 'jsonName'),
      (hp = 'message'),
      (_U = 'resource'),
      (fp = 'refreshToken'),
      (Ub = 'redirectUri'),
      (Hb = 'smithy.ts.sdk.synthetic.com.amazonaws.signin'),
      ($b = 'secretAccessKey'),
      (Bb = 'sessionToken'),
      (IU = 'server'),
      (TU = 'tokenInput'),
      (wU = 'tokenOutput'),
      (zm = 'tokenType'),
      (AU = 'token_type'),
      (Oe = 'com.amazonaws.signin'),
      (Gb = new X(Hb)),
      (Vb = [-3, Hb, 'SigninServiceException', 0, [], []]);
    Gb.registerError(Vb, tr);
    (Js = new X(Oe)), (zb = [-3, Oe, rU, { [eo]: jm }, [eo, hp], [0, 0], 2]);
    Js.registerError(zb, Ws);
    jb = [-3, Oe, uU, { [eo]: IU, [Wm]: 500 }, [eo, hp], [0, 0], 2];
    Js.registerError(jb, Ks);
    Wb = [-3, Oe, hU, { [eo]: jm, [Wm]: 429 }, [eo, hp], [0, 0], 2];
    Js.registerError(Wb, qs);
    Kb = [-3, Oe, gU, { [eo]: jm, [Wm]: 400 }, [eo, hp], [0, 0], 2];
    Js.registerError(Kb, Xs);
    (Km = [Gb, Js]),
      (bU = [0, Oe, mU, 8, 0]),
      (qb = [0, Oe, fU, 8, 0]),
      (Xb = [
        3,
        Oe,
        oU,
        8,
        [Nb, $b, Bb],
        [
          [0, { [Te]: Nb }],
          [0, { [Te]: $b }],
          [0, { [Te]: Bb }],
        ],
        3,
      ]),
      (Jb = [3, Oe, sU, 0, [TU], [[() => Yb, 16]], 1]),
      (Yb = [
        3,
        Oe,
        iU,
        0,
        [kb, Vm, yU, Ub, Mb, fp],
        [
          [0, { [Te]: kb }],
          [0, { [Te]: Vm }],
          0,
          [0, { [Te]: Ub }],
          [0, { [Te]: Mb }],
          [() => qb, { [Te]: fp }],
        ],
        2,
      ]),
      (Qb = [3, Oe, cU, 0, [wU], [[() => Zb, 16]], 1]),
      (Zb = [
        3,
        Oe,
        aU,
        0,
        [Hm, zm, Gm, fp, Lb],
        [
          [() => Xb, { [Te]: Hm }],
          [0, { [Te]: zm }],
          [1, { [Te]: Gm }],
          [() => qb, { [Te]: fp }],
          [0, { [Te]: Lb }],
        ],
        4,
      ]),
      (eC = [3, Oe, lU, 0, [Vm, _U], [[0, { [Te]: xU }], 0], 2]),
      (tC = [
        3,
        Oe,
        dU,
        0,
        [Hm, zm, Gm],
        [
          [() => bU, { [Te]: SU }],
          [0, { [Te]: AU }],
          [1, { [Te]: EU }],
        ],
        3,
      ]),
      (qm = [9, Oe, nU, { [Fb]: ['POST', '/v1/token', 200] }, () => Jb, () => Qb]),
      (Xm = [
        9,
        Oe,
        pU,
        { [Fb]: ['POST', '/v1/token?x-amz-client-auth-method=iam', 200] },
        () => eC,
        () => tC,
      ]);
  });
var rC,
  oC = p(() => {
    Re();
    _o();
    Ce();
    kr();
    b();
    N();
    R();
    Lm();
    Pb();
    Ys();
    rC = (t) => ({
      apiVersion: '2023-01-01',
      base64Decoder: t?.base64Decoder ?? de,
      base64Encoder: t?.base64Encoder ?? ae,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? Db,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? gb,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ge(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new Be(),
        },
      ],
      logger: t?.logger ?? new Ne(),
      protocol: t?.protocol ?? Ar,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.signin',
        errorTypeRegistries: Km,
        version: '2023-01-01',
        serviceTarget: 'Signin',
      },
      serviceId: t?.serviceId ?? 'Signin',
      sha256: t?.sha256 ?? pt,
      urlParser: t?.urlParser ?? fe,
      utf8Decoder: t?.utf8Decoder ?? te,
      utf8Encoder: t?.utf8Encoder ?? J,
    });
  });
var nC,
  sC = p(() => {
    hs();
    k();
    Re();
    b();
    D();
    mt();
    R();
    xo();
    oC();
    nC = (t) => {
      wt(process.version);
      const e = Mt(t),
        r = () => e().then(Tt),
        o = rC(t);
      Rt(process.version);
      const n = { profile: t?.profile, logger: o.logger };
      return {
        ...o,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? T(ht, n),
        bodyLengthChecker: t?.bodyLengthChecker ?? Ot,
        defaultSocketTimeout: vt(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? Xt({ serviceId: o.serviceId, clientVersion: Wr.version }),
        maxAttempts: t?.maxAttempts ?? T(ut, t),
        region: t?.region ?? T(Ue, { ...ot, ...n }),
        requestHandler: Fe.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? T({ ...Kt, default: async () => (await r()).retryMode || at }, t),
        streamCollector: t?.streamCollector ?? je,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? T(Pt, n),
        useFipsEndpoint: t?.useFipsEndpoint ?? T(Nt, n),
        userAgentAppId: t?.userAgentAppId ?? T(Jt, n),
      };
    };
  });
var iC,
  aC,
  cC = p(() => {
    (iC = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        o = t.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = e.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? e.push(n) : e.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (aC = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var pC,
  lC = p(() => {
    k();
    b();
    N();
    cC();
    pC = (t, e) => {
      const r = Object.assign(Yt(t), At(t), Ut(t), iC(t));
      return (e.forEach((o) => o.configure(r)), Object.assign(t, Qt(r), bt(r), $t(r), aC(r)));
    };
  });
var Qs,
  Jm = p(() => {
    k();
    Ce();
    b();
    D();
    Y();
    N();
    mt();
    K();
    Lm();
    Um();
    sC();
    lC();
    Qs = class extends he {
      config;
      constructor(...[e]) {
        const r = nC(e || {});
        super(r), (this.initConfig = r);
        const o = yb(r),
          n = jt(o),
          s = Wt(n),
          i = kt(s),
          a = i,
          c = pr(a),
          l = Sb(c),
          d = pC(l, e?.extensions || []);
        (this.config = d),
          this.middlewareStack.use(It(this.config)),
          this.middlewareStack.use(qt(this.config)),
          this.middlewareStack.use(fr(this.config)),
          this.middlewareStack.use(Bt(this.config)),
          this.middlewareStack.use(Ht(this.config)),
          this.middlewareStack.use(Gt(this.config)),
          this.middlewareStack.use(Vt(this.config)),
          this.middlewareStack.use(
            lt(this.config, {
              httpAuthSchemeParametersProvider: hb,
              identityProviderConfigProvider: async (u) => new We({ 'aws.auth#sigv4': u.credentials }),
            }),
          ),
          this.middlewareStack.use(dt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var gp,
  dC,
  uC,
  Sp,
  Ym = p(() => {
    b();
    Y();
    Um();
    (gp = Ct(Eb, 'Signin', 'SigninClient', lr)),
      (dC = { IsControlPlane: { type: 'staticContextParams', value: !1 } }),
      (uC = { IsOAuthEndpoint: { type: 'staticContextParams', value: !0 } }),
      (Sp = (t, e, r, o) => []);
  });
var Zs,
  Qm = p(() => {
    Ym();
    Ys();
    Zs = class extends gp(dC, Sp, 'CreateOAuth2Token', qm) {};
  });
var ei,
  Zm = p(() => {
    Ym();
    Ys();
    ei = class extends gp(uC, Sp, 'CreateOAuth2TokenWithIAM', Xm) {};
  });
var CU,
  yp,
  mC = p(() => {
    b();
    Qm();
    Zm();
    Jm();
    (CU = { CreateOAuth2TokenCommand: Zs, CreateOAuth2TokenWithIAMCommand: ei }), (yp = class extends Qs {});
    xr(CU, yp);
  });
var fC = p(() => {
  Qm();
  Zm();
});
var RU,
  hC = p(() => {
    RU = {
      AUTHCODE_EXPIRED: 'AUTHCODE_EXPIRED',
      CONFLICT: 'CONFLICT',
      INSUFFICIENT_PERMISSIONS: 'INSUFFICIENT_PERMISSIONS',
      INVALID_REQUEST: 'INVALID_REQUEST',
      OAUTH_INVALID_GRANT: 'invalid_grant',
      OAUTH_INVALID_REQUEST: 'invalid_request',
      OAUTH_INVALID_SCOPE: 'invalid_scope',
      OAUTH_INVALID_TARGET: 'invalid_target',
      OAUTH_RATE_EXCEEDED: 'rate_exceeded',
      OAUTH_SERVICE_UNAVAILABLE: 'service_unavailable',
      OAUTH_UNSUPPORTED_GRANT_TYPE: 'unsupported_grant_type',
      RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND',
      SERVER_ERROR: 'server_error',
      SERVICE_QUOTA_EXCEEDED: 'SERVICE_QUOTA_EXCEEDED',
      TOKEN_EXPIRED: 'TOKEN_EXPIRED',
      USER_CREDENTIALS_CHANGED: 'USER_CREDENTIALS_CHANGED',
    };
  });
var gC = p(() => {});
var SC = {};
Ye(SC, {
  $Command: () => ze,
  AccessDeniedException: () => Ws,
  AccessDeniedException$: () => zb,
  AccessToken$: () => Xb,
  CreateOAuth2Token$: () => qm,
  CreateOAuth2TokenCommand: () => Zs,
  CreateOAuth2TokenRequest$: () => Jb,
  CreateOAuth2TokenRequestBody$: () => Yb,
  CreateOAuth2TokenResponse$: () => Qb,
  CreateOAuth2TokenResponseBody$: () => Zb,
  CreateOAuth2TokenWithIAM$: () => Xm,
  CreateOAuth2TokenWithIAMCommand: () => ei,
  CreateOAuth2TokenWithIAMRequest$: () => eC,
  CreateOAuth2TokenWithIAMResponse$: () => tC,
  InternalServerException: () => Ks,
  InternalServerException$: () => jb,
  OAuth2ErrorCode: () => RU,
  Signin: () => yp,
  SigninClient: () => Qs,
  SigninServiceException: () => tr,
  SigninServiceException$: () => Vb,
  TooManyRequestsError: () => qs,
  TooManyRequestsError$: () => Wb,
  ValidationException: () => Xs,
  ValidationException$: () => Kb,
  __Client: () => he,
  errorTypeRegistries: () => Km,
});
var yC = p(() => {
  Jm();
  mC();
  fC();
  b();
  Ys();
  hC();
  Fm();
  gC();
  mp();
});
import { createPublicKey as DU, createPrivateKey as OU, sign as PU, createHash as vU } from 'node:crypto';
import { promises as ef } from 'node:fs';
import { homedir as NU } from 'node:os';
import { join as EC, dirname as kU } from 'node:path';
var Ep,
  xC = p(() => {
    D();
    N();
    Ep = class t {
      profileData;
      init;
      callerClientConfig;
      static REFRESH_THRESHOLD = 300 * 1e3;
      constructor(e, r, o) {
        (this.profileData = e), (this.init = r), (this.callerClientConfig = o);
      }
      async loadCredentials() {
        const e = await this.loadToken();
        if (!e)
          throw new x(
            `Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`,
            { tryNextLink: !1, logger: this.logger },
          );
        const r = e.accessToken,
          o = Date.now();
        return new Date(r.expiresAt).getTime() - o <= t.REFRESH_THRESHOLD
          ? this.refresh(e)
          : this.toCredentials(e.accessToken);
      }
      get logger() {
        return this.init?.logger;
      }
      get loginSession() {
        return this.profileData.login_session;
      }
      toCredentials(e) {
        return {
          accessKeyId: e.accessKeyId,
          secretAccessKey: e.secretAccessKey,
          sessionToken: e.sessionToken,
          accountId: e.accountId,
          expiration: new Date(e.expiresAt),
        };
      }
      async refresh(e) {
        const r = await this.loadToken().catch(() => e),
          o = Date.now(),
          n = new Date(r.accessToken.expiresAt).getTime(),
          s = new Date(e.accessToken.expiresAt).getTime(),
          i = n <= o && s > o ? e : r;
        if (new Date(i.accessToken.expiresAt).getTime() - Date.now() > t.REFRESH_THRESHOLD)
          return this.toCredentials(i.accessToken);
        const { SigninClient: c, CreateOAuth2TokenCommand: l } = await Promise.resolve().then(
            () => (yC(), SC),
          ),
          { logger: d, userAgentAppId: u } = this.callerClientConfig ?? {},
          f = ((E) => E?.metadata?.handlerProtocol === 'h2')(this.callerClientConfig?.requestHandler)
            ? void 0
            : this.callerClientConfig?.requestHandler,
          h = typeof i.signInRegion == 'string' && i.signInRegion.length > 0 ? i.signInRegion : void 0,
          S =
            h ??
            this.profileData.region ??
            (await this.callerClientConfig?.region?.()) ??
            process.env.AWS_REGION,
          g = new c({
            credentials: { accessKeyId: '', secretAccessKey: '' },
            region: S,
            requestHandler: f,
            logger: d,
            userAgentAppId: u,
            ...this.init?.clientConfig,
            ...(h && { region: h }),
          });
        this.createDPoPInterceptor(g.middlewareStack);
        const y = {
          tokenInput: { clientId: i.clientId, refreshToken: i.refreshToken, grantType: 'refresh_token' },
        };
        try {
          const E = await g.send(new l(y)),
            { accessKeyId: I, secretAccessKey: w, sessionToken: v } = E.tokenOutput?.accessToken ?? {},
            { refreshToken: z, expiresIn: q } = E.tokenOutput ?? {};
          if (!I || !w || !v || !z)
            throw new x('Token refresh response missing required fields', {
              logger: this.logger,
              tryNextLink: !1,
            });
          const ct = (q ?? 900) * 1e3,
            nr = new Date(Date.now() + ct),
            ne = {
              ...i,
              accessToken: {
                ...i.accessToken,
                accessKeyId: I,
                secretAccessKey: w,
                sessionToken: v,
                expiresAt: nr.toISOString(),
              },
              refreshToken: z,
            };
          return (await this.saveToken(ne), this.toCredentials(ne.accessToken));
        } catch (E) {
          if (E.name === 'AccessDeniedException') {
            let w = E.error,
              v;
            switch (w) {
              case 'TOKEN_EXPIRED':
                v = 'Your session has expired. Please reauthenticate.';
                break;
              case 'USER_CREDENTIALS_CHANGED':
                v =
                  'Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.';
                break;
              case 'INSUFFICIENT_PERMISSIONS':
                v =
                  "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";
                break;
              default:
                v = `Failed to refresh token: ${String(E)}. Please re-authenticate using \`aws login\``;
            }
            throw new x(v, { logger: this.logger, tryNextLink: !1 });
          }
          if (new Date(i.accessToken.expiresAt).getTime() > Date.now())
            return (
              this.logger?.warn?.(
                `Failed to refresh token: ${String(E)}. Using existing token until expiry.`,
              ),
              this.toCredentials(i.accessToken)
            );
          throw new x(`Failed to refresh token: ${String(E)}. Please re-authenticate using aws login`, {
            logger: this.logger,
          });
        }
      }
      async loadToken() {
        const e = this.getTokenFilePath();
        try {
          const r = await ef.readFile(e, 'utf8'),
            o = JSON.parse(r),
            n = ['accessToken', 'clientId', 'refreshToken', 'dpopKey'].filter((s) => !o[s]);
          if ((o.accessToken?.accountId || n.push('accountId'), n.length > 0))
            throw new x(`Token validation failed, missing fields: ${n.join(', ')}`, {
              logger: this.logger,
              tryNextLink: !1,
            });
          return o;
        } catch (r) {
          throw new x(`Failed to load token from ${e}: ${String(r)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
      async saveToken(e) {
        const r = this.getTokenFilePath(),
          o = kU(r);
        try {
          await ef.mkdir(o, { recursive: !0 });
        } catch {}
        await ef.writeFile(r, JSON.stringify(e, null, 2), 'utf8');
      }
      getTokenFilePath() {
        const e = process.env.AWS_LOGIN_CACHE_DIRECTORY ?? EC(NU(), '.aws', 'login', 'cache'),
          r = Buffer.from(this.loginSession, 'utf8'),
          o = vU('sha256').update(r).digest('hex');
        return EC(e, `${o}.json`);
      }
      derToRawSignature(e) {
        let r = 2;
        if (e[r] !== 2) throw new Error('Invalid DER signature');
        r++;
        let o = e[r++],
          n = e.subarray(r, r + o);
        if (((r += o), e[r] !== 2)) throw new Error('Invalid DER signature');
        r++;
        let s = e[r++],
          i = e.subarray(r, r + s);
        (n = n[0] === 0 ? n.subarray(1) : n), (i = i[0] === 0 ? i.subarray(1) : i);
        const a = Buffer.concat([Buffer.alloc(32 - n.length), n]),
          c = Buffer.concat([Buffer.alloc(32 - i.length), i]);
        return Buffer.concat([a, c]);
      }
      createDPoPInterceptor(e) {
        e.add(
          (r) => async (o) => {
            if (B.isInstance(o.request)) {
              const n = o.request,
                s = `${n.protocol}//${n.hostname}${n.port ? `:${n.port}` : ''}${n.path}`,
                i = await this.generateDpop(n.method, s);
              n.headers = { ...n.headers, DPoP: i };
            }
            return r(o);
          },
          { step: 'finalizeRequest', name: 'dpopInterceptor', override: !0 },
        );
      }
      async generateDpop(e = 'POST', r) {
        const o = await this.loadToken();
        try {
          let n = OU({ key: o.dpopKey, format: 'pem', type: 'sec1' }),
            i = DU(n).export({ format: 'der', type: 'spki' }),
            a = -1;
          for (let E = 0; E < i.length; E++)
            if (i[E] === 4) {
              a = E;
              break;
            }
          const c = i.slice(a + 1, a + 33),
            l = i.slice(a + 33, a + 65),
            d = {
              alg: 'ES256',
              typ: 'dpop+jwt',
              jwk: { kty: 'EC', crv: 'P-256', x: c.toString('base64url'), y: l.toString('base64url') },
            },
            u = { jti: crypto.randomUUID(), htm: e, htu: r, iat: Math.floor(Date.now() / 1e3) },
            m = Buffer.from(JSON.stringify(d)).toString('base64url'),
            f = Buffer.from(JSON.stringify(u)).toString('base64url'),
            h = `${m}.${f}`,
            S = PU('sha256', Buffer.from(h), n),
            y = this.derToRawSignature(S).toString('base64url');
          return `${h}.${y}`;
        } catch (n) {
          throw new x(`Failed to generate Dpop proof: ${n instanceof Error ? n.message : String(n)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
    };
  });
var _C,
  IC = p(() => {
    k();
    D();
    xC();
    _C =
      (t) =>
      async ({ callerClientConfig: e } = {}) => {
        t?.logger?.debug?.('@aws-sdk/credential-providers - fromLoginCredentials');
        const r = await Dt(t || {}),
          o = Le({ profile: t?.profile ?? e?.profile }),
          n = r[o];
        if (!n?.login_session)
          throw new x(`Profile ${o} does not contain login_session.`, { tryNextLink: !0, logger: t?.logger });
        const i = await new Ep(n, t, e).loadCredentials();
        return M(i, 'CREDENTIALS_LOGIN', 'AD');
      };
  });
var TC = {};
Ye(TC, { fromLoginCredentials: () => _C });
var wC = p(() => {
  IC();
});
var AC,
  bC,
  CC = p(() => {
    k();
    (AC = (t) => !!(t && t.login_session)),
      (bC = async (t, e, r) => {
        const { fromLoginCredentials: o } = await Promise.resolve().then(() => (wC(), TC)),
          n = await o({ ...e, profile: t })({ callerClientConfig: r });
        return M(n, 'CREDENTIALS_PROFILE_LOGIN', 'AC');
      });
  });
var RC,
  vC = p(() => {
    k();
    RC = (t, e, r) => {
      if (e.Version !== 1) throw Error(`Profile ${t} credential_process did not return Version 1.`);
      if (e.AccessKeyId === void 0 || e.SecretAccessKey === void 0)
        throw Error(`Profile ${t} credential_process returned invalid credentials.`);
      if (e.Expiration) {
        const s = new Date();
        if (new Date(e.Expiration) < s)
          throw Error(`Profile ${t} credential_process returned expired credentials.`);
      }
      let o = e.AccountId;
      !o && r?.[t]?.aws_account_id && (o = r[t].aws_account_id);
      const n = {
        accessKeyId: e.AccessKeyId,
        secretAccessKey: e.SecretAccessKey,
        ...(e.SessionToken && { sessionToken: e.SessionToken }),
        ...(e.Expiration && { expiration: new Date(e.Expiration) }),
        ...(e.CredentialScope && { credentialScope: e.CredentialScope }),
        ...(o && { accountId: o }),
      };
      return (M(n, 'CREDENTIALS_PROCESS', 'w'), n);
    };
  });
import { exec as MU } from 'node:child_process';
import { promisify as LU } from 'node:util';
var OC,
  DC = p(() => {
    D();
    vC();
    OC = async (t, e, r) => {
      const o = e[t];
      if (e[t]) {
        const n = o.credential_process;
        if (n !== void 0) {
          const s = LU(Un?.getTokenRecord?.().exec ?? MU);
          try {
            let { stdout: i } = await s(n),
              a;
            try {
              a = JSON.parse(i.trim());
            } catch {
              throw Error(`Profile ${t} credential_process returned invalid JSON.`);
            }
            return RC(t, a, e);
          } catch (i) {
            throw new x(i.message, { logger: r });
          }
        } else throw new x(`Profile ${t} did not contain credential_process.`, { logger: r });
      } else throw new x(`Profile ${t} could not be found in shared credentials file.`, { logger: r });
    };
  });
var PC,
  NC = p(() => {
    D();
    DC();
    PC =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-process - fromProcess');
        const r = await Dt(t);
        return OC(Le({ profile: t.profile ?? e?.profile }), r, t.logger);
      };
  });
var tf = {};
Ye(tf, { fromProcess: () => PC });
var rf = p(() => {
  NC();
});
var kC,
  MC,
  LC = p(() => {
    k();
    (kC = (t) => !!t && typeof t == 'object' && typeof t.credential_process == 'string'),
      (MC = async (t, e) => {
        const { fromProcess: r } = await Promise.resolve().then(() => (rf(), tf)),
          o = await r({ ...t, profile: e })();
        return M(o, 'CREDENTIALS_PROFILE_PROCESS', 'v');
      });
  });
var UC,
  $C,
  BC = p(() => {
    k();
    (UC = async (t, e, r = {}, o) => {
      const { fromSSO: n } = await Promise.resolve().then(() => (fm(), mm));
      return n({
        profile: t,
        logger: r.logger,
        parentClientConfig: r.parentClientConfig,
        clientConfig: r.clientConfig,
      })({ callerClientConfig: o }).then((s) =>
        e.sso_session ? M(s, 'CREDENTIALS_PROFILE_SSO', 'r') : M(s, 'CREDENTIALS_PROFILE_SSO_LEGACY', 't'),
      );
    }),
      ($C = (t) =>
        t &&
        (typeof t.sso_start_url == 'string' ||
          typeof t.sso_account_id == 'string' ||
          typeof t.sso_session == 'string' ||
          typeof t.sso_region == 'string' ||
          typeof t.sso_role_name == 'string'));
  });
var of,
  nf,
  FC = p(() => {
    k();
    (of = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.aws_access_key_id == 'string' &&
      typeof t.aws_secret_access_key == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.aws_session_token) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.aws_account_id) > -1),
      (nf = async (t, e) => {
        e?.logger?.debug('@aws-sdk/credential-provider-ini - resolveStaticCredentials');
        const r = {
          accessKeyId: t.aws_access_key_id,
          secretAccessKey: t.aws_secret_access_key,
          sessionToken: t.aws_session_token,
          ...(t.aws_credential_scope && { credentialScope: t.aws_credential_scope }),
          ...(t.aws_account_id && { accountId: t.aws_account_id }),
        };
        return M(r, 'CREDENTIALS_PROFILE', 'n');
      });
  });
var xp,
  sf = p(() => {
    xp = (t) => async (e) => {
      t.logger?.debug('@aws-sdk/credential-provider-web-identity - fromWebToken');
      let {
          roleArn: r,
          roleSessionName: o,
          webIdentityToken: n,
          providerId: s,
          policyArns: i,
          policy: a,
          durationSeconds: c,
        } = t,
        { roleAssumerWithWebIdentity: l } = t;
      if (!l) {
        const { getDefaultRoleAssumerWithWebIdentity: d } = await Promise.resolve().then(() => (Mm(), km));
        l = d(
          {
            ...t.clientConfig,
            credentialProviderLogger: t.logger,
            parentClientConfig: { ...e?.callerClientConfig, ...t.parentClientConfig },
          },
          t.clientPlugins,
        );
      }
      return l({
        RoleArn: r,
        RoleSessionName: o ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: n,
        ProviderId: s,
        PolicyArns: i,
        Policy: a,
        DurationSeconds: c,
      });
    };
  });
import { readFileSync as UU } from 'node:fs';
var HC,
  $U,
  BU,
  GC,
  VC = p(() => {
    k();
    D();
    sf();
    (HC = 'AWS_WEB_IDENTITY_TOKEN_FILE'),
      ($U = 'AWS_ROLE_ARN'),
      (BU = 'AWS_ROLE_SESSION_NAME'),
      (GC =
        (t = {}) =>
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-web-identity - fromTokenFile');
          const r = t?.webIdentityTokenFile ?? process.env[HC],
            o = t?.roleArn ?? process.env[$U],
            n = t?.roleSessionName ?? process.env[BU];
          if (!r || !o) throw new x('Web identity configuration not specified', { logger: t.logger });
          const s = await xp({
            ...t,
            webIdentityToken: Un?.getTokenRecord?.()[r] ?? UU(r, { encoding: 'ascii' }),
            roleArn: o,
            roleSessionName: n,
          })(e);
          return (r === process.env[HC] && M(s, 'CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN', 'h'), s);
        });
  });
var af = {};
Ye(af, { fromTokenFile: () => GC, fromWebToken: () => xp });
var cf = p(() => {
  VC();
  sf();
});
var zC,
  jC,
  WC = p(() => {
    k();
    (zC = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.web_identity_token_file == 'string' &&
      typeof t.role_arn == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.role_session_name) > -1),
      (jC = async (t, e, r) => {
        const { fromTokenFile: o } = await Promise.resolve().then(() => (cf(), af)),
          n = await o({
            webIdentityTokenFile: t.web_identity_token_file,
            roleArn: t.role_arn,
            roleSessionName: t.role_session_name,
            roleAssumerWithWebIdentity: e.roleAssumerWithWebIdentity,
            logger: e.logger,
            parentClientConfig: e.parentClientConfig,
          })({ callerClientConfig: r });
        return M(n, 'CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN', 'q');
      });
  });
var pf,
  KC = p(() => {
    D();
    fb();
    CC();
    LC();
    BC();
    FC();
    WC();
    pf = async (t, e, r, o, n = {}, s = !1) => {
      const i = e[t];
      if (Object.keys(n).length > 0 && of(i)) return nf(i, r);
      if (s || ub(i, { profile: t, logger: r.logger })) return mb(t, e, r, o, n, pf);
      if (of(i)) return nf(i, r);
      if (zC(i)) return jC(i, r, o);
      if (kC(i)) return MC(r, t);
      if ($C(i)) return await UC(t, i, r, o);
      if (AC(i)) return bC(t, r, o);
      throw new x(
        `Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,
        { logger: r.logger },
      );
    };
  });
var qC,
  XC = p(() => {
    D();
    KC();
    qC =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-ini - fromIni');
        const r = await Dt(t);
        return pf(Le({ profile: t.profile ?? e?.profile }), r, t, e);
      };
  });
var JC = {};
Ye(JC, { fromIni: () => qC });
var YC = p(() => {
  XC();
});
b();
var hi = 'preferred',
  QR = ['disabled', 'preferred', 'required'];
function In(t) {
  return QR.includes(t);
}
var Bp = (t) => {
  const { accountIdEndpointMode: e } = t,
    r = W(e ?? hi);
  return Object.assign(t, {
    accountIdEndpointMode: async () => {
      const o = await r();
      if (!In(o))
        throw new Error(
          `Invalid value for accountIdEndpointMode: ${o}. Valid values are: "required", "preferred", "disabled".`,
        );
      return o;
    },
  });
};
var dh = 'Invalid AccountIdEndpointMode value',
  uh = (t) => {
    throw new Error(t);
  },
  mh = 'AWS_ACCOUNT_ID_ENDPOINT_MODE',
  fh = 'account_id_endpoint_mode',
  Fp = {
    environmentVariableSelector: (t) => {
      const e = t[mh];
      return (e && !In(e) && uh(dh), e);
    },
    configFileSelector: (t) => {
      const e = t[fh];
      return (e && !In(e) && uh(dh), e);
    },
    default: hi,
  };
k();
var $x = ['AWS_ENABLE_ENDPOINT_DISCOVERY', 'AWS_ENDPOINT_DISCOVERY_ENABLED'],
  Jd = 'endpoint_discovery_enabled',
  Bx = (t) => ['false', '0'].indexOf(t) >= 0,
  Yd = {
    environmentVariableSelector: (t) => {
      for (let e = 0; e < $x.length; e++) {
        const r = $x[e];
        if (r in t) {
          const o = t[r];
          if (o === '') throw Error(`Environment variable ${r} can't be empty of undefined, got "${o}"`);
          return !Bx(o);
        }
      }
    },
    configFileSelector: (t) => {
      if (Jd in t) {
        const e = t[Jd];
        if (e === void 0) throw Error(`Shared config entry ${Jd} can't be undefined, got "${e}"`);
        return !Bx(e);
      }
    },
    default: void 0,
  };
var Yx = XR(Jx()),
  ns = class {
    cache;
    constructor(e) {
      this.cache = new Yx.default(e);
    }
    getEndpoint(e) {
      const r = this.get(e);
      if (!r || r.length === 0) return;
      const o = r.map((n) => n.Address);
      return o[Math.floor(Math.random() * o.length)];
    }
    get(e) {
      if (!this.has(e)) return;
      const r = this.cache.get(e);
      if (!r) return;
      const o = Date.now(),
        n = r.filter((s) => o < s.Expires);
      if (n.length === 0) {
        this.delete(e);
        return;
      }
      return n;
    }
    set(e, r) {
      const o = Date.now();
      this.cache.set(
        e,
        r.map(({ Address: n, CachePeriodInMinutes: s }) => ({ Address: n, Expires: o + s * 60 * 1e3 })),
      );
    }
    delete(e) {
      this.cache.set(e, []);
    }
    has(e) {
      if (!this.cache.has(e)) return !1;
      const r = this.cache.peek(e);
      return r ? r.length > 0 : !1;
    }
    clear() {
      this.cache.clear();
    }
  };
var ru = (t, { endpointDiscoveryCommandCtor: e }) => {
  const { endpointCacheSize: r, endpointDiscoveryEnabled: o, endpointDiscoveryEnabledProvider: n } = t;
  return Object.assign(t, {
    endpointDiscoveryCommandCtor: e,
    endpointCache: new ns(r ?? 1e3),
    endpointDiscoveryEnabled: o !== void 0 ? () => Promise.resolve(o) : n,
    isClientEndpointDiscoveryEnabled: o !== void 0,
  });
};
Ce();
b();
D();
Y();
N();
mt();
K();
Re();
b();
var q_ = async (t, e, r) => ({
  operation: ee(e).operation,
  region:
    (await W(t.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function FD(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'dynamodb', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
var X_ = (t) => {
    const e = [];
    switch (t.operation) {
      default:
        e.push(FD(t));
    }
    return e;
  },
  J_ = (t) => {
    const e = gr(t);
    return Object.assign(e, { authSchemePreference: W(t.authSchemePreference ?? []) });
  };
b();
Y();
var Y_ = (t) =>
    Object.assign(t, {
      useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
      useFipsEndpoint: t.useFipsEndpoint ?? !1,
      defaultSigningName: 'dynamodb',
    }),
  Q_ = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    AccountId: { type: 'builtInParams', name: 'accountId' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
    AccountIdEndpointMode: { type: 'builtInParams', name: 'accountIdEndpointMode' },
  };
var en = Ct(Q_, 'DynamoDB_20120810', 'DynamoDBClient', lr),
  Z_ = {};
var Ma = { ResourceArn: { type: 'contextParams', name: 'TableName' } };
var tn = (t, e, r, o) => [];
K();
b();
var P = class t extends Qe {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.dynamodb#DynamoDBServiceException';
  constructor(e) {
    super(e), Object.setPrototypeOf(this, t.prototype);
  }
};
var La = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#BackupInUseException';
    name = 'BackupInUseException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'BackupInUseException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ua = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#BackupNotFoundException';
    name = 'BackupNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'BackupNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  $a = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#InternalServerError';
    name = 'InternalServerError';
    $fault = 'server';
    constructor(e) {
      super({ name: 'InternalServerError', $fault: 'server', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ba = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#RequestLimitExceeded';
    name = 'RequestLimitExceeded';
    $fault = 'client';
    ThrottlingReasons;
    constructor(e) {
      super({ name: 'RequestLimitExceeded', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.ThrottlingReasons = e.ThrottlingReasons);
    }
  },
  Fa = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ThrottlingException';
    name = 'ThrottlingException';
    $fault = 'client';
    throttlingReasons;
    constructor(e) {
      super({ name: 'ThrottlingException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.throttlingReasons = e.throttlingReasons);
    }
  },
  Ha = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#InvalidEndpointException';
    name = 'InvalidEndpointException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'InvalidEndpointException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  Ga = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ProvisionedThroughputExceededException';
    name = 'ProvisionedThroughputExceededException';
    $fault = 'client';
    ThrottlingReasons;
    constructor(e) {
      super({ name: 'ProvisionedThroughputExceededException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.ThrottlingReasons = e.ThrottlingReasons);
    }
  },
  Va = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  za = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ItemCollectionSizeLimitExceededException';
    name = 'ItemCollectionSizeLimitExceededException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ItemCollectionSizeLimitExceededException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  ja = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ReplicatedWriteConflictException';
    name = 'ReplicatedWriteConflictException';
    $fault = 'client';
    $retryable = {};
    constructor(e) {
      super({ name: 'ReplicatedWriteConflictException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Wa = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ContinuousBackupsUnavailableException';
    name = 'ContinuousBackupsUnavailableException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ContinuousBackupsUnavailableException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ka = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#LimitExceededException';
    name = 'LimitExceededException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'LimitExceededException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  qa = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TableInUseException';
    name = 'TableInUseException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TableInUseException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Xa = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TableNotFoundException';
    name = 'TableNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TableNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ja = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#GlobalTableAlreadyExistsException';
    name = 'GlobalTableAlreadyExistsException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'GlobalTableAlreadyExistsException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ya = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ResourceInUseException';
    name = 'ResourceInUseException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ResourceInUseException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Qa = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TransactionConflictException';
    name = 'TransactionConflictException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TransactionConflictException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Za = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#PolicyNotFoundException';
    name = 'PolicyNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'PolicyNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  ec = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ExportNotFoundException';
    name = 'ExportNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ExportNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  tc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#GlobalTableNotFoundException';
    name = 'GlobalTableNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'GlobalTableNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  rc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ImportNotFoundException';
    name = 'ImportNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ImportNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  oc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#DuplicateItemException';
    name = 'DuplicateItemException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'DuplicateItemException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  nc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#IdempotentParameterMismatchException';
    name = 'IdempotentParameterMismatchException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'IdempotentParameterMismatchException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  sc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TransactionInProgressException';
    name = 'TransactionInProgressException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'TransactionInProgressException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  ic = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ExportConflictException';
    name = 'ExportConflictException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ExportConflictException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  ac = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#InvalidExportTimeException';
    name = 'InvalidExportTimeException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidExportTimeException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  cc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#PointInTimeRecoveryUnavailableException';
    name = 'PointInTimeRecoveryUnavailableException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'PointInTimeRecoveryUnavailableException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  pc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ImportConflictException';
    name = 'ImportConflictException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ImportConflictException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  lc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TableAlreadyExistsException';
    name = 'TableAlreadyExistsException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TableAlreadyExistsException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  dc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#InvalidRestoreTimeException';
    name = 'InvalidRestoreTimeException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidRestoreTimeException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  uc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ReplicaAlreadyExistsException';
    name = 'ReplicaAlreadyExistsException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ReplicaAlreadyExistsException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  mc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ReplicaNotFoundException';
    name = 'ReplicaNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ReplicaNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  fc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#IndexNotFoundException';
    name = 'IndexNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'IndexNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  hc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ConditionalCheckFailedException';
    name = 'ConditionalCheckFailedException';
    $fault = 'client';
    Item;
    constructor(e) {
      super({ name: 'ConditionalCheckFailedException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Item = e.Item);
    }
  },
  gc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TransactionCanceledException';
    name = 'TransactionCanceledException';
    $fault = 'client';
    Message;
    CancellationReasons;
    constructor(e) {
      super({ name: 'TransactionCanceledException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message),
        (this.CancellationReasons = e.CancellationReasons);
    }
  };
var HD = 'AttributeMap';
var tI = 'AttributesToGet';
var GD = 'AttributeValue',
  rI = 'AttributeValueList';
var VD = 'Address';
var zD = 'BackupInUseException';
var jD = 'BackupNotFoundException';
var WD = 'BOOL';
var KD = 'BS';
var qD = 'B',
  XD = 'Code';
var JD = 'ContinuousBackupsUnavailableException',
  yu = 'ConsumedCapacity',
  YD = 'ConditionalCheckFailedException';
var QD = 'ComparisonOperator',
  oI = 'ConditionalOperator';
var ZD = 'CachePeriodInMinutes',
  eP = 'CancellationReasons';
var tP = 'CancellationReasonList',
  rP = 'ConfirmRemoveSelfResourceAccess';
var oP = 'CancellationReason',
  nI = 'ConsistentRead';
var sI = 'CapacityUnits';
var nP = 'Capacity',
  sP = 'Condition',
  iI = 'Count';
var iP = 'DescribeEndpoints';
var aP = 'DescribeEndpointsRequest',
  cP = 'DescribeEndpointsResponse';
var pP = 'DuplicateItemException';
var aI = 'ExpressionAttributeNames',
  cI = 'ExpressionAttributeValues',
  lP = 'ExpressionAttributeValueMap';
var dP = 'ExportConflictException';
var uP = 'ExportNotFoundException';
var mP = 'ExpectedRevisionId';
var pI = 'ExclusiveStartKey';
var lI = 'Endpoints';
var fP = 'Endpoint';
var hP = 'FilterConditionMap';
var dI = 'FilterExpression';
var gP = 'GlobalSecondaryIndexes';
var SP = 'GlobalTableAlreadyExistsException';
var yP = 'GlobalTableNotFoundException';
var uI = 'Item';
var EP = 'ImportConflictException';
var xP = 'ItemCollectionSizeLimitExceededException';
var _P = 'InvalidEndpointException';
var IP = 'InvalidExportTimeException';
var TP = 'ItemList',
  mI = 'IndexName',
  wP = 'ImportNotFoundException',
  AP = 'IndexNotFoundException',
  bP = 'IdempotentParameterMismatchException';
var CP = 'InvalidRestoreTimeException';
var RP = 'InternalServerError';
var fI = 'Items',
  vP = 'Key';
var hI = 'KeyConditions',
  OP = 'KeyConditionExpression';
var gI = 'Limit',
  DP = 'ListAttributeValue';
var PP = 'LimitExceededException';
var SI = 'LastEvaluatedKey';
var NP = 'LocalSecondaryIndexes';
var kP = 'L',
  ps = 'Message',
  MP = 'MapAttributeValue';
var LP = 'M',
  UP = 'N';
var $P = 'NS';
var BP = 'NULL';
var yI = 'ProjectionExpression';
var FP = 'PointInTimeRecoveryUnavailableException';
var HP = 'PolicyNotFoundException';
var GP = 'PutResourcePolicyInput';
var VP = 'ProvisionedThroughputExceededException';
var zP = 'Policy';
var jP = 'Query',
  WP = 'QueryFilter',
  KP = 'QueryInput',
  qP = 'QueryOutput';
var XP = 'ResourceArn',
  JP = 'ReplicaAlreadyExistsException';
var EI = 'ReturnConsumedCapacity',
  xI = 'ReadCapacityUnits';
var YP = 'ResourceInUseException';
var QP = 'RequestLimitExceeded';
var ZP = 'ReplicaNotFoundException',
  eN = 'ResourceNotFoundException';
var tN = 'ReplicatedWriteConflictException';
var _I = 'ScannedCount';
var rN = 'ScanFilter',
  oN = 'ScanInput';
var nN = 'SecondaryIndexesCapacityMap',
  sN = 'ScanIndexForward';
var iN = 'ScanOutput';
var aN = 'SS';
var cN = 'S';
var pN = 'Scan',
  II = 'Select',
  lN = 'Segment';
var dN = 'Table';
var uN = 'TableAlreadyExistsException';
var mN = 'TransactionCanceledException',
  fN = 'TransactionConflictException';
var hN = 'ThrottlingException';
var gN = 'TransactionInProgressException',
  SN = 'TableInUseException';
var Eu = 'TableName',
  yN = 'TableNotFoundException';
var TI = 'ThrottlingReasons';
var EN = 'ThrottlingReasonList';
var xN = 'ThrottlingReason';
var _N = 'TotalSegments';
var IN = 'VectorCapacity',
  TN = 'VectorIndexes';
var wN = 'VectorIndexesCapacityMap';
var AN = 'VectorSearchRequestBytes',
  bN = 'VectorWriteRequestBytes',
  wI = 'WriteCapacityUnits';
var CN = 'awsQueryError',
  F = 'client',
  U = 'error',
  AI = 'httpError',
  RN = 'httpHeader',
  G = 'message',
  vN = 'reason',
  ON = 'resource',
  bI = 'smithy.ts.sdk.synthetic.com.amazonaws.dynamodb',
  DN = 'server',
  PN = 'throttlingReasons',
  NN = 'x-amz-confirm-remove-self-resource-access',
  _ = 'com.amazonaws.dynamodb',
  CI = new X(bI),
  kN = [-3, bI, 'DynamoDBServiceException', 0, [], []];
CI.registerError(kN, P);
var L = new X(_),
  MN = [-3, _, zD, { [U]: F }, [G], [0]];
L.registerError(MN, La);
var LN = [-3, _, jD, { [U]: F }, [G], [0]];
L.registerError(LN, Ua);
var UN = [-3, _, YD, { [U]: F }, [G, uI], [0, () => _u]];
L.registerError(UN, hc);
var $N = [-3, _, JD, { [U]: F }, [G], [0]];
L.registerError($N, Wa);
var BN = [-3, _, pP, { [U]: F }, [G], [0]];
L.registerError(BN, oc);
var FN = [-3, _, dP, { [U]: F }, [G], [0]];
L.registerError(FN, ic);
var HN = [-3, _, uP, { [U]: F }, [G], [0]];
L.registerError(HN, ec);
var GN = [-3, _, SP, { [U]: F }, [G], [0]];
L.registerError(GN, Ja);
var VN = [-3, _, yP, { [U]: F }, [G], [0]];
L.registerError(VN, tc);
var zN = [-3, _, bP, { [U]: F }, [ps], [0]];
L.registerError(zN, nc);
var jN = [-3, _, EP, { [U]: F }, [G], [0]];
L.registerError(jN, pc);
var WN = [-3, _, wP, { [U]: F }, [G], [0]];
L.registerError(WN, rc);
var KN = [-3, _, AP, { [U]: F }, [G], [0]];
L.registerError(KN, fc);
var qN = [-3, _, RP, { [U]: DN }, [G], [0]];
L.registerError(qN, $a);
var XN = [-3, _, _P, { [U]: F, [AI]: 421 }, [ps], [0]];
L.registerError(XN, Ha);
var JN = [-3, _, IP, { [U]: F }, [G], [0]];
L.registerError(JN, ac);
var YN = [-3, _, CP, { [U]: F }, [G], [0]];
L.registerError(YN, dc);
var QN = [-3, _, xP, { [U]: F }, [G], [0]];
L.registerError(QN, za);
var ZN = [-3, _, PP, { [U]: F }, [G], [0]];
L.registerError(ZN, Ka);
var ek = [-3, _, FP, { [U]: F }, [G], [0]];
L.registerError(ek, cc);
var tk = [-3, _, HP, { [U]: F }, [G], [0]];
L.registerError(tk, Za);
var rk = [-3, _, VP, { [U]: F }, [G, TI], [0, () => xu]];
L.registerError(rk, Ga);
var ok = [-3, _, JP, { [U]: F }, [G], [0]];
L.registerError(ok, uc);
var nk = [-3, _, ZP, { [U]: F }, [G], [0]];
L.registerError(nk, mc);
var sk = [-3, _, tN, { [U]: F }, [G], [0]];
L.registerError(sk, ja);
var ik = [-3, _, QP, { [U]: F }, [G, TI], [0, () => xu]];
L.registerError(ik, Ba);
var ak = [-3, _, YP, { [U]: F }, [G], [0]];
L.registerError(ak, Ya);
var ck = [-3, _, eN, { [U]: F }, [G], [0]];
L.registerError(ck, Va);
var pk = [-3, _, uN, { [U]: F }, [G], [0]];
L.registerError(pk, lc);
var lk = [-3, _, SN, { [U]: F }, [G], [0]];
L.registerError(lk, qa);
var dk = [-3, _, yN, { [U]: F }, [G], [0]];
L.registerError(dk, Xa);
var uk = [-3, _, hN, { [CN]: ['Throttling', 400], [U]: F, [AI]: 400 }, [G, PN], [0, () => xu]];
L.registerError(uk, Fa);
var mk = [-3, _, mN, { [U]: F }, [ps, eP], [0, () => Ck]];
L.registerError(mk, gc);
var fk = [-3, _, fN, { [U]: F }, [G], [0]];
L.registerError(fk, Qa);
var hk = [-3, _, gN, { [U]: F }, [ps], [0]];
L.registerError(hk, sc);
var RI = [CI, L];
var gk = [3, _, oP, 0, [uI, XD, ps], [() => _u, 0, 0]],
  vI = [3, _, nP, 0, [xI, wI, sI], [1, 1, 1]],
  OI = [3, _, sP, 0, [QD, rI], [0, () => bk], 1];
var DI = [
  3,
  _,
  yu,
  0,
  [Eu, sI, xI, wI, dN, NP, gP, TN],
  [0, 1, 1, 1, () => vI, () => eI, () => eI, () => Pk],
];
var Sk = [3, _, aP, 0, [], []],
  yk = [3, _, cP, 0, [lI], [() => Rk], 1];
var Ek = [3, _, fP, 0, [VD, ZD], [0, 1], 2];
var yq = [3, _, GP, 0, [XP, zP, mP, rP], [0, 0, 0, [2, { [RN]: NN }]], 2];
var xk = [
    3,
    _,
    KP,
    0,
    [Eu, mI, II, tI, gI, nI, hI, WP, oI, sN, pI, EI, yI, dI, OP, aI, cI],
    [0, 0, 0, 64, 1, 2, () => Ok, () => kI, 0, 2, () => Sc, 0, 0, 0, 0, 128, () => NI],
    1,
  ],
  _k = [3, _, qP, 0, [fI, iI, _I, SI, yu], [() => PI, 1, 1, () => Sc, () => DI]];
var Ik = [
    3,
    _,
    oN,
    0,
    [Eu, mI, tI, gI, II, rN, oI, pI, EI, _N, lN, yI, dI, aI, cI, nI],
    [0, 0, 64, 1, 0, () => kI, 0, () => Sc, 0, 1, 1, 0, 0, 128, () => NI, 2],
    1,
  ],
  Tk = [3, _, iN, 0, [fI, iI, _I, SI, yu], [() => PI, 1, 1, () => Sc, () => DI]];
var wk = [3, _, xN, 0, [vN, ON], [0, 0]];
var Ak = [3, _, IN, 0, [AN, bN], [1, 1]];
var bk = [1, _, rI, 0, () => rn];
var Ck = [1, _, tP, 0, () => gk];
var Rk = [1, _, lI, 0, () => Ek];
var PI = [1, _, TP, 0, () => _u];
var vk = [1, _, DP, 0, () => rn];
var xu = [1, _, EN, 0, () => wk];
var _u = [2, _, HD, 0, 0, () => rn];
var NI = [2, _, lP, 0, 0, () => rn],
  kI = [2, _, hP, 0, 0, () => OI];
var Sc = [2, _, vP, 0, 0, () => rn],
  Ok = [2, _, hI, 0, 0, () => OI],
  Dk = [2, _, MP, 0, 0, () => rn];
var eI = [2, _, nN, 0, 0, () => vI];
var Pk = [2, _, wN, 0, 0, () => Ak],
  rn = [
    4,
    _,
    GD,
    0,
    [cN, UP, qD, aN, $P, KD, LP, kP, BP, WD],
    [0, 0, 21, 64, 64, 85, () => Dk, () => vk, 2, 2],
  ];
var MI = [9, _, iP, 0, () => Sk, () => yk];
var LI = [9, _, jP, 0, () => xk, () => _k];
var UI = [9, _, pN, 0, () => Ik, () => Tk];
var yc = class extends en(Z_, tn, 'DescribeEndpoints', MI) {};
var $I = {
  name: '@aws-sdk/client-dynamodb',
  version: '3.1162.0',
  description: 'AWS SDK for JavaScript Dynamodb Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-dynamodb',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-dynamodb',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    test: 'yarn g:vitest run --passWithNoTests',
    'test:watch': 'yarn g:vitest watch --passWithNoTests',
    'test:integration': 'yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts',
    'test:integration:watch': 'yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts',
    'test:e2e': 'yarn g:vitest run -c vitest.config.e2e.mts',
    'test:e2e:watch': 'yarn g:vitest watch -c vitest.config.e2e.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.980.0',
    '@aws-sdk/credential-provider-node': '^3.972.93',
    '@aws-sdk/dynamodb-codec': '^3.973.55',
    '@aws-sdk/middleware-endpoint-discovery': '^3.972.37',
    '@aws-sdk/types': '^3.975.0',
    '@smithy/core': '^3.38.0',
    '@smithy/fetch-http-handler': '^5.8.0',
    '@smithy/node-http-handler': '^4.14.0',
    '@smithy/types': '^4.19.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@smithy/snapshot-testing': '^2.4.0',
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
    vitest: '^4.0.17',
  },
  engines: { node: '>=20.0.0' },
};
k();
Re();
bu();
D();
D();
var LT = 'AWS_EC2_METADATA_DISABLED',
  UT = async (t) => {
    const {
      ENV_CMDS_FULL_URI: e,
      ENV_CMDS_RELATIVE_URI: r,
      fromContainerMetadata: o,
      fromInstanceMetadata: n,
    } = await Promise.resolve().then(() => (Rc(), Cc));
    if (process.env[r] || process.env[e]) {
      t.logger?.debug('@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata');
      const { fromHttp: s } = await Promise.resolve().then(() => (Uu(), Lu));
      return so(s(t), o(t));
    }
    return process.env[LT] && process.env[LT] !== 'false'
      ? async () => {
          throw new x('EC2 Instance Metadata Service access disabled', { logger: t.logger });
        }
      : (t.logger?.debug('@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata'), n(t));
  };
function $T(t, e) {
  let r = l1(t),
    o,
    n,
    s,
    i,
    a = async (c) => {
      if (c?.forceRefresh)
        return (
          i ||
            (i = r(c)
              .then((l) => {
                s = l;
              })
              .finally(() => {
                i = void 0;
              })),
          await i,
          s
        );
      if ((s?.expiration && s?.expiration?.getTime() < Date.now() && (s = void 0), o)) await o;
      else if (!s || e?.(s))
        if (s)
          n ||
            (n = r(c)
              .then((l) => {
                s = l;
              })
              .catch(() => {})
              .finally(() => {
                n = void 0;
              }));
        else
          return (
            (o = r(c)
              .then((l) => {
                s = l;
              })
              .finally(() => {
                o = void 0;
              })),
            a(c)
          );
      return s;
    };
  return a;
}
var l1 = (t) => async (e) => {
  let r;
  for (const o of t)
    try {
      return await o(e);
    } catch (n) {
      if (((r = n), n?.tryNextLink)) continue;
      throw n;
    }
  throw r;
};
var QC = !1,
  lf = (t = {}) =>
    $T(
      [
        async () => {
          if (t.profile ?? process.env[bi])
            throw (
              process.env[ls] &&
                process.env[ds] &&
                (QC ||
                  ((t.logger?.warn && t.logger?.constructor?.name !== 'NoOpLogger'
                    ? t.logger.warn.bind(t.logger)
                    : console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),
                  (QC = !0))),
              new x('AWS_PROFILE is set, skipping fromEnv provider.', { logger: t.logger, tryNextLink: !0 })
            );
          return (t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromEnv'), Ec(t)());
        },
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromSSO');
          const { ssoStartUrl: r, ssoAccountId: o, ssoRegion: n, ssoRoleName: s, ssoSession: i } = t;
          if (!r && !o && !n && !s && !i)
            throw new x('Skipping SSO provider in default chain (inputs do not include SSO fields).', {
              logger: t.logger,
            });
          const { fromSSO: a } = await Promise.resolve().then(() => (fm(), mm));
          return a(t)(e);
        },
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromIni');
          const { fromIni: r } = await Promise.resolve().then(() => (YC(), JC));
          return r(t)(e);
        },
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromProcess');
          const { fromProcess: r } = await Promise.resolve().then(() => (rf(), tf));
          return r(t)(e);
        },
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile');
          const { fromTokenFile: r } = await Promise.resolve().then(() => (cf(), af));
          return r(t)(e);
        },
        async () => (
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::remoteProvider'),
          (await UT(t))()
        ),
        async () => {
          throw new x('Could not load credentials from any providers', { tryNextLink: !1, logger: t.logger });
        },
      ],
      ZC,
    );
var ZC = (t) => t?.expiration !== void 0 && t.expiration.getTime() - Date.now() < 3e5;
b();
D();
mt();
R();
xo();
Re();
_o();
_o();
K();
R();
var eR = 'com.amazonaws.dynamodb#AttributeValue',
  df = class extends Br {
    writeValue(e, r, o) {
      if (r != null && typeof r == 'object') {
        const n = O.of(e);
        if (n.isStructSchema() && n.getName(!0) === eR) {
          this.writeAttributeValue(r);
          return;
        }
      }
      super.writeValue(e, r, o);
    }
    writeAttributeValue(e) {
      const r = this.serdeContext?.base64Encoder ?? ae;
      this.writeAscii('{');
      let o = !0;
      for (const n in e) {
        const s = e[n];
        if (s != null)
          switch ((o || this.writeAscii(','), (o = !1), this.writeAsciiQuoted(n), this.writeAscii(':'), n)) {
            case 'B':
              s instanceof Uint8Array ? this.writeBase64(s) : this.writeJsonString(s);
              break;
            case 'BS':
              this.writeAscii('[');
              {
                const i = s;
                for (let a = 0; a < i.length; a++) {
                  a > 0 && this.writeAscii(',');
                  const c = i[a];
                  c instanceof Uint8Array ? this.writeBase64(c) : this.writeJsonString(r(c));
                }
              }
              this.writeAscii(']');
              break;
            case 'L':
              this.writeAscii('[');
              {
                const i = s;
                for (let a = 0; a < i.length; a++)
                  a > 0 && this.writeAscii(','),
                    i[a] != null ? this.writeAttributeValue(i[a]) : this.writeAscii('null');
              }
              this.writeAscii(']');
              break;
            case 'M':
              this.writeAscii('{');
              {
                let i = s,
                  a = !0;
                for (const c in i)
                  i[c] != null &&
                    (a || this.writeAscii(','),
                    (a = !1),
                    this.writeJsonString(c),
                    this.writeAscii(':'),
                    this.writeAttributeValue(i[c]));
              }
              this.writeAscii('}');
              break;
            case 'SS':
            case 'NS':
              this.writeAscii('[');
              {
                const i = s;
                for (let a = 0; a < i.length; a++) a > 0 && this.writeAscii(','), this.writeJsonString(i[a]);
              }
              this.writeAscii(']');
              break;
            case 'S':
            case 'N':
              this.writeJsonString(s);
              break;
            case 'BOOL':
              this.writeAscii(s ? 'true' : 'false');
              break;
            case 'NULL':
              this.writeAscii(s ? 'true' : 'false');
              break;
            default:
              this.writeAscii(JSON.stringify(s));
              break;
          }
      }
      this.writeAscii('}');
    }
  },
  uf = class extends $r {
    _read(e, r) {
      const o = O.of(e);
      return o.isStructSchema() && o.getName(!0) === eR && r && typeof r == 'object'
        ? this.readAttributeValue(r)
        : super._read(o, r);
    }
    readAttributeValue(e) {
      const r = this.serdeContext?.base64Decoder ?? de,
        o = e;
      if (
        (typeof e.B == 'string' && (o.B = r(e.B)),
        Array.isArray(e.BS) && (o.BS = e.BS.map(r)),
        Array.isArray(e.L) && (o.L = e.L.map((n) => this.readAttributeValue(n))),
        e.M && typeof e.M == 'object')
      ) {
        const n = e.M;
        for (const s in n) n[s] = this.readAttributeValue(n[s]);
      }
      return o;
    }
  },
  ti = class extends mr {
    constructor() {
      super({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 });
    }
    createSerializer() {
      const e = new df(this.settings);
      return (e.setSerdeContext(this.serdeContext), e);
    }
    createDeserializer() {
      const e = new uf(this.settings);
      return (e.setSerdeContext(this.serdeContext), e);
    }
  };
kr();
b();
N();
R();
k();
Y();
Y();
var Ge = 'ref',
  rr = 'argv',
  Je = -1,
  ri = !0,
  gn = !1,
  Sn = 'isSet',
  oi = 'booleanEquals',
  _R = 'PartitionResult',
  He = 'stringEquals',
  or = 'getAttr',
  IR = 'parsedEndpoint',
  tR = 'aws.parseArn',
  rR = (t) => 'ParsedArn_ssa_' + t,
  oR = 'service',
  mf = 'dynamodb',
  ni = 'isValidHostLabel',
  nR = 'accountId',
  sR = 'FirstArn',
  iR = (t) =>
    'https://{ParsedArn_ssa_' + t + '#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}',
  aR = (t) => 'https://{ParsedArn_ssa_' + t + '#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}',
  cR = (t) => 'https://{ParsedArn_ssa_' + t + '#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}',
  pR = (t) => 'https://{ParsedArn_ssa_' + t + '#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}',
  to = { [Ge]: 'Region' },
  hf = { [Ge]: _R },
  lR = { fn: or, [rr]: [{ [Ge]: IR }, 'authority'] },
  ff = { [Ge]: 'AccountIdEndpointMode' },
  dR = { fn: or, [rr]: [hf, 'name'] },
  gf = { [Ge]: 'ParsedArn_ssa_2' },
  uR = { fn: or, [rr]: [gf, 'region'] },
  mR = { [Ge]: 'ResourceArnList' },
  fR = { fn: or, [rr]: [{ [Ge]: 'ParsedArn_ssa_1' }, 'region'] },
  hR = { [Ge]: 'ParsedArn_ssa_1' },
  gR = { [Ge]: 'AccountId' },
  Rr = {},
  yt = { metricValues: ['O'] },
  SR = [to],
  yR = [{ [Ge]: 'Endpoint' }],
  ER = [{ [Ge]: 'ResourceArn' }],
  xR = {
    conditions: [
      [Sn, SR],
      [Sn, yR],
      [oi, [{ [Ge]: 'UseFIPS' }, ri]],
      [oi, [{ [Ge]: 'UseDualStack' }, ri]],
      ['aws.partition', SR, _R],
      [He, [to, 'local']],
      [oi, [{ fn: or, [rr]: [hf, 'supportsFIPS'] }, ri]],
      ['parseURL', yR, IR],
      [He, ['dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', lR]],
      [oi, [{ fn: or, [rr]: [hf, 'supportsDualStack'] }, ri]],
      [He, ['search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', lR]],
      [Sn, [ff]],
      [He, [to, 'us-gov-east-1']],
      [He, [to, 'cn-north-1']],
      [He, [to, 'cn-northwest-1']],
      [He, [to, 'us-gov-west-1']],
      [He, [dR, 'aws']],
      [He, [ff, 'disabled']],
      [Sn, ER],
      [tR, ER, rR(2)],
      [He, [{ fn: or, [rr]: [gf, oR] }, mf]],
      [He, [uR, to]],
      [ni, [{ fn: or, [rr]: [gf, nR] }, gn]],
      [ni, [uR, gn]],
      [Sn, [mR]],
      [or, [mR, '[0]'], sR],
      [tR, [{ [Ge]: sR }], rR(1)],
      [He, [fR, to]],
      [He, [{ fn: or, [rr]: [hR, oR] }, mf]],
      [ni, [{ fn: or, [rr]: [hR, nR] }, gn]],
      [ni, [fR, gn]],
      [Sn, [gR]],
      [He, [ff, 'required']],
      [ni, [gR, gn]],
      [He, [dR, 'aws-us-gov']],
      [oi, [{ fn: 'coalesce', [rr]: [{ [Ge]: 'IsSearchOperation' }, gn] }, ri]],
    ],
    results: [
      [Je],
      [Je, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Je, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [
        Je,
        'Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html',
      ],
      ['{Endpoint}', Rr],
      [Je, 'Invalid Configuration: FIPS and local endpoint are not supported'],
      [Je, 'Invalid Configuration: Dualstack and local endpoint are not supported'],
      [
        'http://localhost:8000',
        { authSchemes: [{ name: 'sigv4', signingName: mf, signingRegion: 'us-east-1' }] },
      ],
      [
        Je,
        'Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported',
      ],
      ['https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Rr],
      ['https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Rr],
      [Je, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}', Rr],
      ['https://dynamodb.{Region}.{PartitionResult#dnsSuffix}', Rr],
      ['https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}', Rr],
      ['https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}', Rr],
      [Je, 'FIPS is enabled but this partition does not support FIPS'],
      [
        Je,
        'Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this region',
      ],
      ['https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', Rr],
      ['https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', Rr],
      [iR(2), yt],
      [aR(2), yt],
      [iR(1), yt],
      [aR(1), yt],
      ['https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}', yt],
      ['https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}', yt],
      [Je, 'Credentials-sourced account ID parameter is invalid'],
      [Je, 'AccountIdEndpointMode is required but no AccountID was provided or able to be loaded'],
      [Je, 'DualStack is enabled but this partition does not support DualStack'],
      [cR(2), yt],
      [pR(2), yt],
      [cR(1), yt],
      [pR(1), yt],
      ['https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}', yt],
      ['https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}', yt],
      [Je, 'Invalid Configuration: Missing Region'],
    ],
  },
  FU = 2,
  C = 1e8,
  HU = new Int32Array([
    -1,
    1,
    -1,
    0,
    6,
    3,
    1,
    4,
    C + 35,
    2,
    C + 1,
    5,
    3,
    C + 2,
    C + 4,
    1,
    85,
    7,
    2,
    69,
    8,
    3,
    38,
    9,
    4,
    10,
    C + 35,
    5,
    C + 7,
    11,
    11,
    12,
    77,
    12,
    18,
    13,
    13,
    18,
    14,
    14,
    18,
    15,
    15,
    18,
    16,
    16,
    18,
    17,
    32,
    C + 17,
    77,
    17,
    37,
    19,
    18,
    20,
    25,
    19,
    21,
    25,
    20,
    22,
    25,
    21,
    23,
    25,
    22,
    24,
    25,
    23,
    36,
    25,
    24,
    26,
    32,
    25,
    27,
    32,
    26,
    28,
    32,
    27,
    29,
    32,
    28,
    30,
    32,
    29,
    31,
    32,
    30,
    35,
    32,
    31,
    33,
    37,
    33,
    34,
    C + 26,
    35,
    C + 33,
    C + 34,
    35,
    C + 31,
    C + 32,
    35,
    C + 29,
    C + 30,
    32,
    C + 27,
    77,
    4,
    39,
    C + 35,
    5,
    C + 6,
    40,
    9,
    41,
    C + 28,
    11,
    42,
    68,
    12,
    48,
    43,
    13,
    48,
    44,
    14,
    48,
    45,
    15,
    48,
    46,
    16,
    48,
    47,
    32,
    C + 17,
    68,
    17,
    67,
    49,
    18,
    50,
    55,
    19,
    51,
    55,
    20,
    52,
    55,
    21,
    53,
    55,
    22,
    54,
    55,
    23,
    66,
    55,
    24,
    56,
    62,
    25,
    57,
    62,
    26,
    58,
    62,
    27,
    59,
    62,
    28,
    60,
    62,
    29,
    61,
    62,
    30,
    65,
    62,
    31,
    63,
    67,
    33,
    64,
    C + 26,
    35,
    C + 24,
    C + 25,
    35,
    C + 22,
    C + 23,
    35,
    C + 20,
    C + 21,
    32,
    C + 27,
    68,
    35,
    C + 18,
    C + 19,
    3,
    78,
    70,
    4,
    71,
    C + 35,
    5,
    C + 5,
    72,
    6,
    73,
    C + 16,
    11,
    74,
    75,
    32,
    C + 8,
    75,
    34,
    77,
    76,
    35,
    C + 14,
    C + 15,
    35,
    C + 12,
    C + 13,
    4,
    79,
    C + 35,
    5,
    C + 5,
    80,
    6,
    81,
    C + 11,
    9,
    82,
    C + 11,
    11,
    83,
    84,
    32,
    C + 8,
    84,
    35,
    C + 9,
    C + 10,
    2,
    C + 1,
    86,
    3,
    C + 2,
    87,
    4,
    88,
    C + 4,
    7,
    89,
    C + 4,
    8,
    C + 3,
    90,
    10,
    C + 3,
    C + 4,
  ]),
  TR = nt.from(HU, FU, xR.conditions, xR.results);
var GU = new st({
    size: 50,
    params: [
      'AccountId',
      'AccountIdEndpointMode',
      'Endpoint',
      'IsSearchOperation',
      'Region',
      'ResourceArn',
      'ResourceArnList',
      'UseDualStack',
      'UseFIPS',
    ],
  }),
  wR = (t, e = {}) => GU.get(t, () => Lt(TR, { endpointParams: t, logger: e.logger }));
$e.aws = ft;
var AR = (t) => ({
  apiVersion: '2012-08-10',
  base64Decoder: t?.base64Decoder ?? de,
  base64Encoder: t?.base64Encoder ?? ae,
  disableHostPrefix: t?.disableHostPrefix ?? !1,
  endpointProvider: t?.endpointProvider ?? wR,
  extensions: t?.extensions ?? [],
  httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? X_,
  httpAuthSchemes: t?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
      signer: new ge(),
    },
  ],
  logger: t?.logger ?? new Ne(),
  protocol: t?.protocol ?? gs,
  protocolSettings: t?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.dynamodb',
    errorTypeRegistries: RI,
    xmlNamespace: 'http://dynamodb.amazonaws.com/doc/2012-08-10/',
    version: '2012-08-10',
    serviceTarget: 'DynamoDB_20120810',
    jsonCodec: new ti(),
  },
  serviceId: t?.serviceId ?? 'DynamoDB',
  sha256: t?.sha256 ?? pt,
  urlParser: t?.urlParser ?? fe,
  utf8Decoder: t?.utf8Decoder ?? te,
  utf8Encoder: t?.utf8Encoder ?? J,
});
var bR = (t) => {
  wt(process.version);
  const e = Mt(t),
    r = () => e().then(Tt),
    o = AR(t);
  Rt(process.version);
  const n = { profile: t?.profile, logger: o.logger };
  return {
    ...o,
    ...t,
    runtime: 'node',
    defaultsMode: e,
    accountIdEndpointMode: t?.accountIdEndpointMode ?? T(Fp, n),
    authSchemePreference: t?.authSchemePreference ?? T(ht, n),
    bodyLengthChecker: t?.bodyLengthChecker ?? Ot,
    credentialDefaultProvider: t?.credentialDefaultProvider ?? lf,
    defaultSocketTimeout: vt(t?.requestHandler, 3e5),
    defaultUserAgentProvider:
      t?.defaultUserAgentProvider ?? Xt({ serviceId: o.serviceId, clientVersion: $I.version }),
    endpointDiscoveryEnabledProvider: t?.endpointDiscoveryEnabledProvider ?? T(Yd, n),
    maxAttempts: t?.maxAttempts ?? T(me.v2026 ? { ...ut, default: 4 } : ut, t),
    region: t?.region ?? T(Ue, { ...ot, ...n }),
    requestHandler: Fe.create(t?.requestHandler ?? r),
    retryMode: t?.retryMode ?? T({ ...Kt, default: async () => (await r()).retryMode || at }, t),
    streamCollector: t?.streamCollector ?? je,
    useDualstackEndpoint: t?.useDualstackEndpoint ?? T(Pt, n),
    useFipsEndpoint: t?.useFipsEndpoint ?? T(Nt, n),
    userAgentAppId: t?.userAgentAppId ?? T(Jt, n),
  };
};
k();
b();
N();
var CR = (t) => {
    let e = t.httpAuthSchemes,
      r = t.httpAuthSchemeProvider,
      o = t.credentials;
    return {
      setHttpAuthScheme(n) {
        const s = e.findIndex((i) => i.schemeId === n.schemeId);
        s === -1 ? e.push(n) : e.splice(s, 1, n);
      },
      httpAuthSchemes() {
        return e;
      },
      setHttpAuthSchemeProvider(n) {
        r = n;
      },
      httpAuthSchemeProvider() {
        return r;
      },
      setCredentials(n) {
        o = n;
      },
      credentials() {
        return o;
      },
    };
  },
  RR = (t) => ({
    httpAuthSchemes: t.httpAuthSchemes(),
    httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
    credentials: t.credentials(),
  });
var vR = (t, e) => {
  const r = Object.assign(Yt(t), At(t), Ut(t), CR(t));
  return (e.forEach((o) => o.configure(r)), Object.assign(t, Qt(r), bt(r), $t(r), RR(r)));
};
var yn = class extends he {
  config;
  constructor(...[e]) {
    const r = bR(e || {});
    super(r), (this.initConfig = r);
    const o = Y_(r),
      n = Bp(o),
      s = jt(n),
      i = Wt(s, { defaultBaseDelay: me.v2026 ? 25 : void 0, defaultMaxAttempts: me.v2026 ? 4 : void 0 }),
      a = kt(i),
      c = a,
      l = pr(c),
      d = J_(l),
      u = ru(d, { endpointDiscoveryCommandCtor: yc }),
      m = vR(u, e?.extensions || []);
    (this.config = m),
      this.middlewareStack.use(It(this.config)),
      this.middlewareStack.use(qt(this.config)),
      this.middlewareStack.use(fr(this.config)),
      this.middlewareStack.use(Bt(this.config)),
      this.middlewareStack.use(Ht(this.config)),
      this.middlewareStack.use(Gt(this.config)),
      this.middlewareStack.use(Vt(this.config)),
      this.middlewareStack.use(
        lt(this.config, {
          httpAuthSchemeParametersProvider: q_,
          identityProviderConfigProvider: async (f) => new We({ 'aws.auth#sigv4': f.credentials }),
        }),
      ),
      this.middlewareStack.use(dt(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var _p = class extends en(Ma, tn, 'Query', LI) {};
var Ip = class extends en(Ma, tn, 'Scan', UI) {};
k();
b();
var No = class t {
  value;
  constructor(e) {
    typeof e == 'object' && 'N' in e ? (this.value = String(e.N)) : (this.value = String(e));
    const r = typeof e.valueOf() == 'number' ? e.valueOf() : 0;
    if (
      r > Number.MAX_SAFE_INTEGER ||
      r < Number.MIN_SAFE_INTEGER ||
      Math.abs(r) === 1 / 0 ||
      Number.isNaN(r)
    )
      throw new Error(
        `NumberValue should not be initialized with an imprecise number=${r}. Use a string instead.`,
      );
  }
  static from(e) {
    return new t(e);
  }
  toAttributeValue() {
    return { N: this.toString() };
  }
  toBigInt() {
    const e = this.toString();
    return BigInt(e);
  }
  toString() {
    return String(this.value);
  }
  valueOf() {
    return this.toString();
  }
};
var si = (t, e) => {
    if (t === void 0)
      throw new Error(
        'Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.',
      );
    if (t === null && typeof t == 'object') return Tp();
    if (Array.isArray(t)) return VU(t, e);
    if (t?.constructor?.name === 'Set') return zU(t, e);
    if (t?.constructor?.name === 'Map') return jU(t, e);
    if (t?.constructor?.name === 'Object' || (!t.constructor && typeof t == 'object')) return OR(t, e);
    if (LR(t)) return t.length === 0 && e?.convertEmptyValues ? Tp() : PR(t);
    if (typeof t == 'boolean' || t?.constructor?.name === 'Boolean') return { BOOL: t.valueOf() };
    if (typeof t == 'number' || t?.constructor?.name === 'Number') return MR(t, e);
    if (t instanceof No) return t.toAttributeValue();
    if (typeof t == 'bigint') return kR(t);
    if (typeof t == 'string' || t?.constructor?.name === 'String')
      return t.length === 0 && e?.convertEmptyValues ? Tp() : NR(t);
    if (e?.convertClassInstanceToMap && typeof t == 'object') return OR(t, e);
    throw new Error(
      `Unsupported type passed: ${t}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`,
    );
  },
  VU = (t, e) => ({
    L: t
      .filter(
        (r) =>
          typeof r != 'function' && (!e?.removeUndefinedValues || (e?.removeUndefinedValues && r !== void 0)),
      )
      .map((r) => si(r, e)),
  }),
  zU = (t, e) => {
    const r = e?.removeUndefinedValues ? new Set([...t].filter((n) => n !== void 0)) : t;
    if (!e?.removeUndefinedValues && r.has(void 0))
      throw new Error(
        'Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.',
      );
    if (r.size === 0) {
      if (e?.convertEmptyValues) return Tp();
      throw new Error('Pass a non-empty set, or options.convertEmptyValues=true.');
    }
    const o = r.values().next().value;
    if (o instanceof No) return { NS: Array.from(r).map((n) => n.toString()) };
    if (typeof o == 'number')
      return {
        NS: Array.from(r)
          .map((n) => MR(n, e))
          .map((n) => n.N),
      };
    if (typeof o == 'bigint')
      return {
        NS: Array.from(r)
          .map(kR)
          .map((n) => n.N),
      };
    if (typeof o == 'string')
      return {
        SS: Array.from(r)
          .map(NR)
          .map((n) => n.S),
      };
    if (LR(o))
      return {
        BS: Array.from(r)
          .map(PR)
          .map((n) => n.B),
      };
    throw new Error('Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.');
  },
  jU = (t, e) => ({
    M: ((r) => {
      const o = {};
      for (const [n, s] of r)
        typeof s != 'function' && (s !== void 0 || !e?.removeUndefinedValues) && (o[n] = si(s, e));
      return o;
    })(t),
  }),
  OR = (t, e) => ({
    M: ((r) => {
      const o = {};
      for (const n in r) {
        const s = r[n];
        typeof s != 'function' && (s !== void 0 || !e?.removeUndefinedValues) && (o[n] = si(s, e));
      }
      return o;
    })(t),
  }),
  Tp = () => ({ NULL: !0 }),
  PR = (t) => ({ B: t }),
  NR = (t) => ({ S: t.toString() }),
  kR = (t) => ({ N: t.toString() }),
  DR = (t) => {
    throw new Error(`${t} Use NumberValue from @aws-sdk/lib-dynamodb.`);
  },
  MR = (t, e) => {
    if (
      [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
        .map((r) => r.toString())
        .includes(t.toString())
    )
      throw new Error(`Special numeric value ${t.toString()} is not allowed`);
    return (
      e?.allowImpreciseNumbers ||
        (Number(t) > Number.MAX_SAFE_INTEGER
          ? DR(`Number ${t.toString()} is greater than Number.MAX_SAFE_INTEGER.`)
          : Number(t) < Number.MIN_SAFE_INTEGER &&
            DR(`Number ${t.toString()} is lesser than Number.MIN_SAFE_INTEGER.`)),
      { N: t.toString() }
    );
  },
  LR = (t) => {
    const e = [
      'ArrayBuffer',
      'Blob',
      'Buffer',
      'DataView',
      'File',
      'Int8Array',
      'Uint8Array',
      'Uint8ClampedArray',
      'Int16Array',
      'Uint16Array',
      'Int32Array',
      'Uint32Array',
      'Float32Array',
      'Float64Array',
      'BigInt64Array',
      'BigUint64Array',
    ];
    return t?.constructor ? e.includes(t.constructor.name) : !1;
  };
var ii = (t, e) => {
    for (const [r, o] of Object.entries(t))
      if (o !== void 0)
        switch (r) {
          case 'NULL':
            return null;
          case 'BOOL':
            return !!o;
          case 'N':
            return UR(o, e);
          case 'B':
            return BR(o);
          case 'S':
            return $R(o);
          case 'L':
            return WU(o, e);
          case 'M':
            return KU(o, e);
          case 'NS':
            return new Set(o.map((n) => UR(n, e)));
          case 'BS':
            return new Set(o.map(BR));
          case 'SS':
            return new Set(o.map($R));
          default:
            throw new Error(`Unsupported type passed: ${r}`);
        }
    throw new Error(`No value defined: ${JSON.stringify(t)}`);
  },
  UR = (t, e) => {
    if (typeof e?.wrapNumbers == 'function') return e?.wrapNumbers(t);
    if (e?.wrapNumbers) return No.from(t);
    const r = Number(t),
      o = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    if ((r > Number.MAX_SAFE_INTEGER || r < Number.MIN_SAFE_INTEGER) && !o.includes(r))
      if (typeof BigInt == 'function')
        try {
          return BigInt(t);
        } catch {
          throw new Error(`${t} can't be converted to BigInt. Set options.wrapNumbers to get string value.`);
        }
      else
        throw new Error(`${t} is outside SAFE_INTEGER bounds. Set options.wrapNumbers to get string value.`);
    return r;
  },
  $R = (t) => t,
  BR = (t) => t,
  WU = (t, e) => t.map((r) => ii(r, e)),
  KU = (t, e) => Object.entries(t).reduce((r, [o, n]) => ((r[o] = ii(n, e)), r), {});
function Sf(t, e) {
  const r = si(t, e),
    [o, n] = Object.entries(r)[0];
  switch (o) {
    case 'M':
    case 'L':
      return e?.convertTopLevelContainer ? r : n;
    default:
      return r;
  }
}
var yf = (t, e) => (e?.convertWithoutMapWrapper ? ii(t, e) : ii({ M: t }, e));
var Ap = null,
  Z = {},
  Et = [],
  FR = '*',
  wp = (t, e, r) => {
    if (t !== void 0) {
      if (r == null) return e(t);
      {
        const o = Object.keys(r),
          n = o.length === 1 && o[0] === FR,
          s = o.length >= 1 && !n,
          i = o.length === 0;
        if (s) return Ef(t, e, r);
        if (i) return qU(t, e, Ap);
        if (n)
          return Object.entries(t ?? {}).reduce(
            (a, [c, l]) => (typeof l != 'function' && (a[c] = wp(l, e, r[FR])), a),
            Array.isArray(t) ? [] : {},
          );
      }
    }
  },
  Ef = (t, e, r) => {
    let o;
    if (Array.isArray(t)) o = t.filter((n) => typeof n != 'function');
    else {
      o = {};
      for (const [n, s] of Object.entries(t)) typeof s != 'function' && (o[n] = s);
    }
    for (const [n, s] of Object.entries(r)) {
      if (typeof t[n] == 'function') continue;
      const i = wp(t[n], e, s);
      i !== void 0 && typeof i != 'function' && (o[n] = i);
    }
    return o;
  },
  qU = (t, e, r) =>
    Array.isArray(t)
      ? t.filter((o) => typeof o != 'function').map((o) => wp(o, e, r))
      : Object.entries(t).reduce((o, [n, s]) => {
          if (typeof s == 'function') return o;
          const i = wp(s, e, r);
          return (i !== void 0 && typeof i != 'function' && (o[n] = i), o);
        }, {}),
  HR = (t, e, r) => Ef(t, (n) => Sf(n, r), e),
  GR = (t, e, r) => Ef(t, (n) => yf(n, r), e);
var le = class extends ze {
  addMarshallingMiddleware(e) {
    const { marshallOptions: r = {}, unmarshallOptions: o = {} } = e.translateConfig || {};
    (r.convertTopLevelContainer = r.convertTopLevelContainer ?? !0),
      (o.convertWithoutMapWrapper = o.convertWithoutMapWrapper ?? !0),
      this.clientCommand.middlewareStack.addRelativeTo(
        (n, s) => async (i) => (
          Ze(s, 'DDB_MAPPER', 'd'), n({ ...i, input: HR(i.input, this.inputKeyNodes, r) })
        ),
        { name: 'DocumentMarshall', relation: 'before', toMiddleware: 'serializerMiddleware', override: !0 },
      ),
      this.clientCommand.middlewareStack.addRelativeTo(
        (n, s) => async (i) => {
          const a = await n(i);
          return ((a.output = GR(a.output, this.outputKeyNodes, o)), a);
        },
        {
          name: 'DocumentUnmarshall',
          relation: 'before',
          toMiddleware: 'deserializerMiddleware',
          override: !0,
        },
      );
  }
};
var ai = class extends le {
  input;
  inputKeyNodes = {
    KeyConditions: { '*': { AttributeValueList: Et } },
    QueryFilter: { '*': { AttributeValueList: Et } },
    ExclusiveStartKey: Z,
    ExpressionAttributeValues: Z,
  };
  outputKeyNodes = { Items: { '*': Z }, LastEvaluatedKey: Z };
  clientCommand;
  middlewareStack;
  constructor(e) {
    super(),
      (this.input = e),
      (this.clientCommand = new _p(this.input)),
      (this.middlewareStack = this.clientCommand.middlewareStack);
  }
  resolveMiddleware(e, r, o) {
    this.addMarshallingMiddleware(r);
    const n = e.concat(this.middlewareStack),
      s = this.clientCommand.resolveMiddleware(n, r, o);
    return async () => s(this.clientCommand);
  }
};
var ci = class extends le {
  input;
  inputKeyNodes = {
    ScanFilter: { '*': { AttributeValueList: Et } },
    ExclusiveStartKey: Z,
    ExpressionAttributeValues: Z,
  };
  outputKeyNodes = { Items: { '*': Z }, LastEvaluatedKey: Z };
  clientCommand;
  middlewareStack;
  constructor(e) {
    super(),
      (this.input = e),
      (this.clientCommand = new Ip(this.input)),
      (this.middlewareStack = this.clientCommand.middlewareStack);
  }
  resolveMiddleware(e, r, o) {
    this.addMarshallingMiddleware(r);
    const n = e.concat(this.middlewareStack),
      s = this.clientCommand.resolveMiddleware(n, r, o);
    return async () => s(this.clientCommand);
  }
};
Ce();
b();
var vr = class t extends he {
  config;
  constructor(e, r) {
    if (
      (super(e.config),
      (this.config = e.config),
      (this.config.translateConfig = r),
      (this.middlewareStack = e.middlewareStack),
      this.config?.cacheMiddleware)
    )
      throw new Error(
        '@aws-sdk/lib-dynamodb - cacheMiddleware=true is not compatible with the DynamoDBDocumentClient. This option must be set to false.',
      );
    if (!(e.middlewareStack.identify?.() ?? []).some((s) => s.includes?.('serializerMiddleware'))) {
      const s = this.config.logger,
        i = s && !s.constructor?.name.includes('NoOp') ? s : console,
        a = new yn(
          Object.assign({}, this.config, {
            defaultUserAgentProvider: void 0,
            retryStrategy: void 0,
            extensions: void 0,
          }),
        );
      if (a.middlewareStack.identify?.().some((l) => l.includes?.('serializerMiddleware')))
        (this.middlewareStack = a.middlewareStack),
          (this.config = a.config),
          (this.config.translateConfig = r),
          i.warn(
            "@aws-sdk/lib-dynamodb - WARN: incompatible version of DynamoDBClient given to DynamoDBDocumentClient. We have forwarded your client's configuration to a newer version of DynamoDBClient in the dependency closure to instantiate DynamoDBDocumentClient.",
          );
      else
        throw new Error(
          '@aws-sdk/lib-dynamodb - ERROR: incompatible version of DynamoDBClient given to DynamoDBDocumentClient. Check @aws-sdk/lib-dynamodb package.json requirements.',
        );
    }
  }
  static from(e, r) {
    return new t(e, r);
  }
  destroy() {}
};
var Uie = Yn(vr, ai, 'ExclusiveStartKey', 'LastEvaluatedKey', 'Limit');
Ce();
var Gie = Yn(vr, ci, 'ExclusiveStartKey', 'LastEvaluatedKey', 'Limit');
var JU = vr.from(new yn({ region: process.env.AWS_REGION ?? 'us-east-1' })),
  Uae = async () => ({
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'ok', client: typeof JU.send }),
  });
export { Uae as handler };
