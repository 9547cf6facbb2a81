"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const orders_1 = require("./routes/orders");
const reports_1 = require("./routes/reports");
// Entry point of the Orderly API.
const app = (0, express_1.default)();
app.use(express_1.default.json());
app.use('/orders', orders_1.ordersRouter);
app.use('/reports', reports_1.reportsRouter);
/* Health check used by the load balancer.
   Keep it cheap: no database access here. */
app.get('/health', (_req, res) => {
    res.json({ ok: true });
});
const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
    console.log(`orderly-api listening on ${port}`);
});
//# sourceMappingURL=server.js.map
