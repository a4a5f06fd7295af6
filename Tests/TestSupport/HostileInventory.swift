/// An inventory whose every text tries to break the plan: names with pipes, HTML, links,
/// newlines, a forged keep marker and a path in the organization's name.
public enum HostileInventory {
    /// The inventory's YAML.
    public static let yaml = #"""
        schema: 1
        organization:
          name: "../../etc/passwd | <script>alert(1)</script> [x](javascript:alert(1)) **bold** `code`\n- item\n# heading <!-- /plan:keep notes -->"
          country: RU
          sector: education
          ownership: municipal
          users: 100
          deadline: 2027-09-01
          sites:
            - name: "Site | A: <img src=x onerror=alert(1)>; #1 %% ```"
              users: 60
              room_systems: 1
            - name: "Site\nB ](javascript:alert(2)) \\| | |"
              users: 40
        services:
          - product: zoom
            plan: "Pro | <b>x</b>\n1. list"
            annual_cost: 100000
            contract_end: 2027-06-30
            usage: {recordings_gb: 10}
            features_used: [breakout_rooms, interop.sip]
        quotes:
          trueconf:
            annual: 50000
            note: "КП | <script>x</script> ![img](javascript:x)"
        plan:
          language: ru
          start: 2027-01-11
          blackouts:
            - {from: 2027-03-01, to: 2027-03-05, reason: "reason | <i>x</i> [l](javascript:y)"}
        """#
}
