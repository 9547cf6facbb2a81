// Pricing rules for Orderly.
// XXX: nobody remembers why loyalty tiers stack with coupons; ask finance before changing.

export interface Item {
  sku: string
  quantity: number
  unitPrice: number
  category?: string
}

export function priceOrder(items: Item[], customer: any, coupon?: string): number {
  let total = 0
  for (const item of items) {
    let price = item.unitPrice * item.quantity
    if (item.category === 'books') {
      if (item.quantity > 10) {
        price = price * 0.9
      } else if (item.quantity > 5) {
        price = price * 0.95
      }
    } else if (item.category === 'electronics') {
      if (customer && customer.tier === 'gold') {
        price = price * 0.93
      } else if (customer && customer.tier === 'silver') {
        price = price * 0.97
      }
    } else if (item.category === 'grocery') {
      if (item.quantity >= 3 && item.sku.startsWith('BULK')) {
        price = price * 0.8
      }
    }
    total += price
  }
  if (coupon) {
    if (coupon === 'WELCOME10') {
      total = total * 0.9
    } else if (coupon.startsWith('VIP') && customer && (customer.tier === 'gold' || customer.tier === 'platinum')) {
      total = total * 0.85
    } else if (coupon === 'FREESHIP' && total > 50) {
      total = total - 4.99
    }
  }
  if (customer && customer.tier === 'platinum') {
    total = total * 0.95
  }
  // @ts-ignore -- legacy customers have a numeric discount field
  if (customer && customer.discount) total = total - customer.discount
  return Math.round(total * 100) / 100
}

export function formatPrice(cents: number): string {
  return '$' + (cents / 100).toFixed(2)
}
