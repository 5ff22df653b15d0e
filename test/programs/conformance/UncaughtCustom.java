package conformance;

/** A custom checked exception escapes main after deep calls: its toString, frames from nested classes and exit status 1. */
public class UncaughtCustom {
    static class QuotaException extends Exception {
        QuotaException(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return "QuotaException[" + getMessage() + "]";
        }
    }

    static class Account {
        int balance = 10;

        void withdraw(int amount) throws QuotaException {
            if (amount > balance) {
                throw new QuotaException("need " + amount + ", have " + balance);
            }
            balance -= amount;
        }
    }

    public static void main(String[] args) throws Exception {
        Account a = new Account();
        for (int amount = 3; amount < 10; amount += 3) {
            a.withdraw(amount);
            System.out.println("balance " + a.balance);
        }
    }
}
