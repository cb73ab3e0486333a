import { ruleTester } from "../../testing/rule-tester.ts";
import { ipAddressRule } from "./ip-address.ts";

ruleTester.run(ipAddressRule, {
  valid: [
    "Version 1.2.3 is out.",
    "Meet at 12:30:45 sharp",
    "Octets 300.1.1.1 are invalid",
    "Ratio 3:2:1 today",
  ],
  invalid: [
    {
      text: "Blocked 192.168.10.254 again",
      errors: [
        {
          spanText: "192.168.10.254",
          dataType: "ip_address",
          severity: "approval",
          suggestion: "[IP address removed]",
        },
      ],
    },
    {
      text: "From 2001:db8::ff00:42:8329 and 6e40:4041:c617:e898:c11:40d2:c669:2eb4",
      errors: [
        { spanText: "2001:db8::ff00:42:8329" },
        { spanText: "6e40:4041:c617:e898:c11:40d2:c669:2eb4" },
      ],
    },
  ],
});
