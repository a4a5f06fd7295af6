import Foundation
import PlannerCore
import TestSupport
import Testing

/// `plan catalog list|show|validate`, in-process, on the shipped catalog and a user's layer.
@Suite("Commands: catalog")
struct CatalogCommandTests {
    /// A user catalog layer with one product that names a capability the vocabulary lacks.
    static let unknownCapability = """
        id: acme
        name: Acme
        category: videoconferencing
        vendor:
          name: Acme
          country: RU
          source: "https://acme.example"
          as_of: 2026-01-01
        capabilities:
          telepathy: {value: true, source: "https://acme.example", as_of: 2026-01-01}

        """

    /// The shipped catalog, loaded in-process: the counts the output must show.
    static let shipped: Catalog = {
        guard case .success(let catalog) = CatalogLoader(asOf: CalendarDate(year: 2026, month: 11, day: 29)!).load()
        else { fatalError("the shipped catalog does not load") }
        return catalog
    }()

    @Test("list: a table of every product, or only a category; an unknown category is wrong usage")
    func list() async {
        let all = await App.run(["catalog", "list"] + App.asOf)
        #expect(all.status == 0 && all.stderr.isEmpty, "\(all)")
        #expect(all.stdoutLines.first?.hasPrefix("ID ") == true)
        #expect(all.stdoutLines.count == Self.shipped.products.count + 2, "a header, a rule and every product")
        #expect(all.stdout.contains("\ntrueconf "))

        let video = await App.run(["catalog", "list", "--category", "videoconferencing"] + App.asOf)
        let videoProducts = Self.shipped.products(in: "videoconferencing")
        #expect(video.stdoutLines.count == videoProducts.count + 2)
        #expect(video.stdoutLines.dropFirst(2).allSatisfy { $0.contains(" videoconferencing ") })
        #expect(videoProducts.count < Self.shipped.products.count, "the state platform is a category of its own")

        let unknown = await App.run(["catalog", "list", "--category", "videoconference"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("Error: --category: unknown category 'videoconference'"), "\(unknown)")
    }

    @Test("list --format json: an array of the products with their YAML keys")
    func listJSON() async throws {
        let run = await App.run(["catalog", "list", "--format", "json"] + App.asOf)
        #expect(run.status == 0)
        let products = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(products.count == Self.shipped.products.count)
        #expect(products.first?["id"] as? String == "dion")
        let vendor = try #require(products.first?["vendor"] as? [String: Any])
        #expect(vendor["country"] as? String == "RU")
        #expect(vendor["confidence"] as? String == "unconfirmed")
    }

    @Test("show: every fact with its source, as text and as JSON; an unknown id exits 1 with a hint")
    func show() async throws {
        let text = await App.run(["catalog", "show", "zoom"] + App.asOf)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.hasPrefix("Zoom (zoom), videoconferencing\n"))
        #expect(text.stdout.contains("\nRegisters:\n"))
        let source = try #require(Self.shipped.product("zoom")?.vendor.provenance.source)
        #expect(text.stdout.contains("  source: \(source); as of "))

        let json = await App.run(["catalog", "show", "zoom", "--format", "json"] + App.asOf)
        #expect(json.status == 0)
        let product = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(product["id"] as? String == "zoom")
        let restrictions = try #require(product["restrictions"] as? [[String: Any]])
        #expect(restrictions.first?["applies_to"] is [String: Any])

        let unknown = await App.run(["catalog", "show", "zooom"])
        #expect(unknown.status == 1)
        #expect(unknown.stdout.isEmpty)
        #expect(
            unknown.stderr
                == "error: unknown product 'zooom'; did you mean 'zoom'? (plan catalog list shows them all)\n")
    }

    @Test("validate: the shipped catalog is OK with its staleness warnings; a broken layer exits 1 at its line")
    func validate() async throws {
        let shipped = await App.run(["catalog", "validate"] + App.asOf)
        #expect(shipped.status == 0, "\(shipped)")
        #expect(shipped.stdout.hasPrefix("shipped catalog: OK (\(Self.shipped.products.count) products, "))
        #expect(shipped.stderrLines.allSatisfy { $0.contains(": warning: ") })

        let folder = try TemporaryFolder()
        try folder.write(Self.unknownCapability, to: "products/acme.yaml")
        let broken = await App.run(["catalog", "validate", folder.path] + App.asOf)
        #expect(broken.status == 1)
        #expect(broken.stdout.isEmpty)
        #expect(
            broken.stderrLines.contains(
                "\(folder.path)/products/acme.yaml:10:3: error: capabilities: unknown capability 'telepathy'"),
            "\(broken)")

        // The same layer under any command that loads the catalog: invalid input, exit 1.
        let compare = await App.run(["compare", App.example("school-44fz"), "--catalog", folder.path, "--no-history"])
        #expect(compare.status == 1)
        #expect(compare.stdout.isEmpty)
        #expect(compare.stderr.contains("acme.yaml:10:3: error: capabilities: unknown capability 'telepathy'"))
    }
}
