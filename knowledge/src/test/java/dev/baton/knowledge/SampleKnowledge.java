package dev.baton.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small, realistic company knowledge base written to disk for tests. */
final class SampleKnowledge {
    private SampleKnowledge() {}

    static Path write(Path root) throws IOException {
        Files.createDirectories(root.resolve("it"));
        Files.createDirectories(root.resolve("hr"));
        Files.writeString(root.resolve("it/vpn.md"), """
                ---
                title: VPN
                url: https://wiki.example.com/it/vpn
                product: network
                ---
                # VPN

                The company VPN (GlobalProtect) gives you access to internal systems from home or while travelling.

                ## Request access

                Employees get VPN access automatically on their first day. Contractors need a sponsor:
                their manager files an access request in the IT portal, and access is granted for 90 days
                at a time.

                ## Reset your password

                Your VPN password is your single sign-on password. To reset it, open https://reset.example.com,
                enter your employee ID, and confirm with the code sent to your phone. The new password works
                on the VPN within five minutes.

                ## Troubleshooting

                If the client says "gateway unreachable", check that you are online, then restart GlobalProtect.
                """);
        Files.writeString(root.resolve("it/laptops.md"), """
                # Laptops

                ## Replacement

                Laptops are replaced every three years. If yours is older, or broken beyond repair, order a
                replacement with the hardware request form in the IT portal; delivery takes about a week.

                ## Lost or stolen laptops

                Report a lost or stolen laptop to security@example.com at once, so that it can be wiped remotely.
                """);
        Files.writeString(root.resolve("it/printing.txt"), """
                Printers on every floor accept jobs from the "FollowMe" queue. Badge in at any printer to release your job.

                A paper jam is cleared by opening tray 2 and the rear door; call the service desk if the printer keeps jamming.
                """);
        Files.writeString(root.resolve("hr/leave.md"), """
                ---
                title: Leave policy
                access: [staff]
                ---
                # Leave

                ## Vacation

                Full-time employees have 28 vacation days a year. Book them in the HR portal at least two weeks ahead.

                ## Parental leave

                Parents get 20 weeks of paid parental leave, to be taken within the child's first two years.
                """);
        Files.writeString(root.resolve("expenses.html"), """
                <html><head><title>Expense claims</title><meta name="baton:product" content="finance"></head>
                <body><nav>Home | Finance</nav>
                <h1>Expense claims</h1>
                <p>Submit expense claims with their receipts within 30 days, in the expense tool.</p>
                <h2>Travel</h2>
                <p>Book flights and hotels through the travel desk. Economy class is the rule for flights under six hours.</p>
                </body></html>
                """);
        return root;
    }
}
