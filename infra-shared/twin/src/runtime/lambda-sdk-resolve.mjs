// ESM resolve hook registered by lambda-bootstrap.mjs (module.register, Node.js "Modules: Customization
// Hooks"). A bare specifier the function's code cannot resolve from its own folder is tried once more from
// the twin's SDK folder: the ESM counterpart of the NODE_PATH entry Lambda's Node.js runtimes add for the
// SDK they ship. The function's own copy is always tried first, so a bundled SDK wins.
let fallbackParentURL;

export function initialize(data) {
  fallbackParentURL = data?.parentURL;
}

const isBare = (specifier) => !/^(\.|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !fallbackParentURL || !isBare(specifier)) throw error;
    try {
      return await nextResolve(specifier, { ...context, parentURL: fallbackParentURL });
    } catch {
      throw error;
    }
  }
}
