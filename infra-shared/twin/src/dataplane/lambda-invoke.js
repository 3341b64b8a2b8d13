/**
 * How the data plane invokes a Lambda function: the contract between the components that build events
 * (the gateway's Lambda proxy, the ALB's Lambda targets) and the runtime that runs the functions.
 */
export {};
//# sourceMappingURL=lambda-invoke.js.map