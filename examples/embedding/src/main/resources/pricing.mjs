// Pricing rules, written in JavaScript and run by the Java application in PricingRules.java.
// `lookupRate` is a Java function the application exposes; it answers asynchronously.
const discounts = new Map([['gold', 0.2], ['silver', 0.1]]);

export async function quote(order) {
  const rate = await lookupRate(order.currency); // a Java CompletableFuture, awaited here
  const discount = discounts.get(order.tier) ?? 0;
  const net = order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  return {
    currency: order.currency,
    total: Math.round(net * (1 - discount) * rate * 100) / 100,
    discount,
  };
}

export function slowestFirst(timings) {
  return Object.entries(timings).sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

console.log('pricing rules loaded');
